//! Speaker resolution within one document.
//!
//! 1. **Mentions**: runs of capitalized words are split into a title and a
//!    name and typed (person, organization, place, unknown); subject
//!    pronouns outside quotations; every attribution source (a name, a
//!    pronoun, or a nominal such as "the expert" or "many senators").
//! 2. **Entities**: person names group by surname and compatible first name,
//!    organizations by name (one a suffix of the other); the canonical name
//!    is the fullest form the document gives.
//! 3. **Resolution**, in document order: a pronoun or definite nominal takes
//!    the most salient compatible entity among the last few sentences of its
//!    section (a heading starts a new section). Salience adds up over
//!    mentions: recency, subject and speaker positions weigh most, mentions
//!    inside quotations little, and the weight halves with every sentence.
//!    A definite nominal first looks for an entity with a matching title
//!    ("the president" → "President Trump"), then ahead for a name that
//!    introduces it (cataphora: "…, the expert told RT. Doctorow said …").
//!    Gender must agree (honorifics, gendered nouns, the first-name table);
//!    a first name mostly given to the other sex ("Chris" for "she") only
//!    weighs the person down.
//!    When nothing fits, the name stays `None` rather than a guess.

use super::names::{
    body_synonyms, first_name_gender, first_name_lean, honorific, is_business_noun,
    is_calendar_word, is_capitalized_stopword, is_company_suffix, is_first_name,
    is_generic_business_noun, is_group_noun, is_known_org, is_known_org_phrase, is_name_suffix,
    is_org_descriptor, is_org_word, is_person_noun, is_place, is_plural_person_noun,
    is_preposition, is_role_noun, is_surname_too, noun_gender, surname_gender, Gender,
};
use super::role;
use super::social::Post;
use super::Ctx;
use crate::types::{Attribution, Kind, Speaker, SpeakerType};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// Sentences looked back for an antecedent.
const WINDOW_SENTENCES: usize = 5;
/// Mentions looked back for an antecedent.
const WINDOW_MENTIONS: usize = 64;
/// Lasting salience per earlier mention: a bare surname usually means the
/// person the article keeps returning to, not a relative named once.
const PROMINENCE: f32 = 10.0;
/// Salience below which a person does not claim a bare surname (in
/// practice: not mentioned yet).
const MIN_HEAT: f32 = 5.0;
/// Tokens looked back for an earlier mention of the same nominal.
const LOOK_BACK_TOKENS: usize = 400;
/// Sentences looked ahead for a cataphoric name.
const AHEAD_SENTENCES: usize = 2;
/// Entities sharing a surname (or organizations a last word) compared with a new mention.
const MAX_CANDIDATES: usize = 32;
/// Entities remembered for nominals beyond the salience window.
const MAX_RECENT: usize = 32;
/// Most distinct surnames in a document for which bare surnames are checked
/// for typos.
const MAX_TYPO_SURNAMES: usize = 512;
/// Title words kept per entity.
const MAX_ROLE_WORDS: usize = 48;
/// Longest run of capitalized words taken as one name.
const MAX_RUN: usize = 12;

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A person.
    Person,
    /// An organization (or a place standing for its government).
    Org,
    /// A collective.
    Group,
    /// A place (not a speaker unless it is a source).
    Place,
    /// Not known.
    Unknown,
}

impl Class {
    fn speaker_type(self) -> SpeakerType {
        match self {
            Class::Person => SpeakerType::Person,
            Class::Org | Class::Place => SpeakerType::Organization,
            Class::Group => SpeakerType::Group,
            Class::Unknown => SpeakerType::Unknown,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pron {
    He,
    She,
    They,
    It,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MKind {
    Name,
    Pronoun(Pron),
    Nominal,
}

/// A mention of a possible speaker.
#[derive(Debug, Clone)]
struct Mention {
    /// The name, pronoun or nominal tokens (no title, no determiner).
    toks: Range<usize>,
    /// First token of the whole noun phrase (title and determiner included).
    np_start: usize,
    kind: MKind,
    class: Class,
    gender: Gender,
    sent: usize,
    section: usize,
    quoted: bool,
    after_prep: bool,
    possessive: bool,
    subject: bool,
    source: bool,
    definite: bool,
    /// Title from a pre-modifier or apposition (tokens).
    role: Option<Range<usize>>,
    /// Title from a relative clause after a name ("…, who chairs the
    /// board,"): kept apart from `role`, whose words are no mentions.
    rel_role: Option<role::Relative>,
    /// Lowercase head noun of a nominal.
    head: String,
    entity: Option<usize>,
    /// Tokens of the content this mention is the source of (empty if none).
    own: Range<usize>,
}

impl Mention {
    fn new(ctx: &Ctx, toks: Range<usize>, kind: MKind, class: Class) -> Mention {
        let at = toks.start;
        Mention {
            np_start: at,
            kind,
            class,
            gender: Gender::Unknown,
            sent: ctx.sent(at),
            section: ctx.section(at),
            quoted: ctx.depth.get(at).is_some_and(|&d| d > 0),
            after_prep: false,
            possessive: false,
            subject: false,
            source: false,
            definite: false,
            role: None,
            rel_role: None,
            head: String::new(),
            entity: None,
            own: 0..0,
            toks,
        }
    }

    /// Salience weight of this mention before decay.
    /// The title this mention gives its referent, as text.
    fn role_text(&self, ctx: &Ctx) -> Option<String> {
        match (&self.role, &self.rel_role) {
            (Some(r), _) => Some(ctx.text(r.clone()).to_string()),
            (None, Some(rel)) => Some(rel.text(ctx)),
            (None, None) => None,
        }
    }

    fn weight(&self) -> f32 {
        let mut w = 100.0;
        if self.subject {
            w += 80.0;
        }
        if self.source {
            w += 80.0;
        }
        if !self.after_prep && !self.possessive {
            w += 50.0;
        }
        if self.quoted {
            w *= 0.25;
        }
        w
    }
}

/// A person, organization or group the document talks about.
#[derive(Debug, Clone)]
struct Entity {
    name: Option<String>,
    /// Lowercase words of the name.
    name_words: Vec<String>,
    name_tokens: usize,
    class: Class,
    gender: Gender,
    role: Option<String>,
    role_words: Vec<String>,
    /// Common nouns an organization was described by ("battery maker",
    /// "the bus operator, …"): later nominals headed by them refer to it.
    kinds: Vec<String>,
    surname: Option<String>,
    first: Option<String>,
    last_seen: usize,
}

impl Entity {
    fn new(class: Class) -> Entity {
        Entity {
            name: None,
            name_words: Vec::new(),
            name_tokens: 0,
            class,
            gender: Gender::Unknown,
            role: None,
            role_words: Vec::new(),
            kinds: Vec::new(),
            surname: None,
            first: None,
            last_seen: 0,
        }
    }

    fn offer_name(&mut self, name: &str, tokens: usize) {
        let longer = tokens > self.name_tokens
            || (tokens == self.name_tokens
                && self
                    .name
                    .as_ref()
                    .is_some_and(|n| name.chars().count() > n.chars().count()));
        if self.name.is_none() || longer {
            self.name = Some(name.to_string());
            self.name_tokens = tokens;
        }
    }

    /// A business: described by a business noun or named like a company.
    fn is_business(&self) -> bool {
        self.class == Class::Org
            && (self.kinds.iter().any(|k| is_business_noun(k))
                || self.name_words.last().is_some_and(|w| is_company_suffix(w)))
    }

    fn offer_gender(&mut self, g: Gender) {
        if self.gender == Gender::Unknown {
            self.gender = g;
        }
    }

    fn offer_role(&mut self, role: &str) {
        if role.is_empty() {
            return;
        }
        if self.role.is_none() {
            self.role = Some(role.to_string());
        }
        for w in role.split(|c: char| !c.is_alphanumeric() && c != '-') {
            let w = w.to_lowercase();
            // Abbreviated titles match their nominals: "Sen. Sanders" is "the senator".
            let w = match w.as_str() {
                "sen" => "senator".to_string(),
                "gov" => "governor".to_string(),
                "rep" => "representative".to_string(),
                "gen" => "general".to_string(),
                "sec" | "secy" => "secretary".to_string(),
                "amb" => "ambassador".to_string(),
                "pres" => "president".to_string(),
                "atty" => "attorney".to_string(),
                _ => w,
            };
            if !w.is_empty()
                && self.role_words.len() < MAX_ROLE_WORDS
                && !self.role_words.contains(&w)
            {
                self.role_words.push(w);
            }
        }
    }
}

fn pronoun(lower: &str) -> Option<Pron> {
    Some(match lower {
        "he" => Pron::He,
        "she" => Pron::She,
        "they" => Pron::They,
        "it" => Pron::It,
        "we" | "i" | "you" => Pron::Other,
        _ => return None,
    })
}

fn possessive_pronoun(lower: &str) -> Option<Pron> {
    Some(match lower {
        "his" => Pron::He,
        "her" => Pron::She,
        "their" => Pron::They,
        "its" => Pron::It,
        _ => return None,
    })
}

fn is_possessive_mark(ctx: &Ctx, i: usize) -> bool {
    matches!(ctx.low(i), "’s" | "'s" | "’" | "'")
        && ctx.layout.tokens.get(i).is_some_and(|t| !t.space_before)
        && !ctx
            .layout
            .marks
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|m| m == ascribe_text::MarkRole::Open)
}

fn is_initial(word: &str) -> bool {
    let mut c = word.chars();
    match (c.next(), c.next(), c.next()) {
        (Some(a), Some('.'), None) => a.is_uppercase(),
        (Some(a), None, None) => a.is_uppercase(),
        _ => false,
    }
}

fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '-')
}

fn is_name_particle(lower: &str) -> bool {
    matches!(
        lower,
        "de" | "van"
            | "von"
            | "bin"
            | "al"
            | "la"
            | "del"
            | "da"
            | "di"
            | "le"
            | "der"
            | "ibn"
            | "dos"
            | "du"
    )
}

/// Looks at a run of capitalized tokens and finds the name in it.
struct Scan<'c, 'a> {
    ctx: &'c Ctx<'a>,
    /// Lowercase words that stand alone as one-token runs somewhere (known surnames).
    singles: HashSet<String>,
    /// Words the document also writes in lowercase: common words, not
    /// first names ("media" in "the media" is no "Media" the person).
    common: HashSet<String>,
    /// Lowercase words written right after a first name somewhere
    /// ("Howard Dean"): surnames, even when they are also titles.
    after_first: HashSet<String>,
    /// Words capitalized somewhere other than at a sentence start: names,
    /// whatever else they could be ("Adams" beside "Rescuers").
    mid_caps: HashSet<String>,
}

impl<'c, 'a> Scan<'c, 'a> {
    /// Capitalized runs of every sentence, typed.
    fn names(&mut self) -> Vec<Mention> {
        let ctx = self.ctx;
        for i in 0..ctx.len() {
            if ctx.is_word(i) && ctx.word(i).starts_with(char::is_lowercase) {
                self.common.insert(ctx.low(i).to_string());
            } else if ctx.is_cap(i) && !self.opens_sentence(i) {
                self.mid_caps.insert(ctx.low(i).to_string());
            }
        }
        let mut runs = Vec::new();
        let mut headlines = Vec::new();
        for s in 0..ctx.layout.sentences.len() {
            // A quoted heading ('Media Vandalism') is a phrase, not a name.
            if ctx.heading_sent.get(s).copied().unwrap_or(false)
                && ctx
                    .depth
                    .get(ctx.sentence(s).start + 1)
                    .is_some_and(|&d| d > 0)
            {
                continue;
            }
            let r = ctx.sentence(s);
            if self.title_case(r.clone()) {
                headlines.push(r);
                continue;
            }
            let mut i = r.start;
            while i < r.end {
                if !self.name_token(i) {
                    i += 1;
                    continue;
                }
                let mut j = i + 1;
                while j < r.end && j < i + MAX_RUN {
                    if self.name_token(j) {
                        j += 1;
                    } else if is_name_particle(ctx.low(j))
                        && j + 1 < r.end
                        && self.name_token(j + 1)
                        && !ctx.word(j).starts_with(char::is_uppercase)
                    {
                        j += 2;
                    } else if matches!(ctx.low(j), "of" | "for" | "on")
                        && j + 1 < r.end
                        && self.name_token(j + 1)
                        && (is_org_word(ctx.low(j - 1)) || self.members_of(i, j))
                    {
                        // "Ministry of Transport", "Office for Budget Responsibility".
                        j += 2;
                    } else if matches!(ctx.low(j), "of" | "for")
                        && ctx.low(j + 1) == "the"
                        && j + 2 < r.end
                        && self.name_token(j + 2)
                        && (is_org_word(ctx.low(j - 1))
                            || (i + 1..j).any(|t| {
                                matches!(ctx.low(t), "of" | "for") && is_org_word(ctx.low(t - 1))
                            }))
                    {
                        // "Ministry of the Interior", "Court of Appeals for
                        // the Sixth Circuit".
                        j += 3;
                    } else if matches!(ctx.low(j), "’" | "'")
                        && ctx.low(j - 1).ends_with('s')
                        && ctx.layout.tokens.get(j).is_some_and(|t| !t.space_before)
                        && j + 1 < r.end
                        && self.name_token(j + 1)
                        && self.org_tail(j + 1, r.end)
                    {
                        // A plural possessive inside an organization's name:
                        // "Northern Workers' Alliance".
                        j += 1;
                    } else if matches!(ctx.low(j), "’s" | "'s")
                        && ctx.layout.tokens.get(j).is_some_and(|t| !t.space_before)
                        && is_irregular_plural_person(ctx.low(j - 1))
                        && j + 1 < r.end
                        && self.name_token(j + 1)
                        && self.org_tail(j + 1, r.end)
                    {
                        // The same with a plural that takes "'s": "Carrick
                        // Fishermen's Association", "Women's Institute".
                        j += 1;
                    } else if ctx.low(j) == "and" && self.and_inside_name(i, j, r.end) {
                        // "Argyll and Bute Council", "Department for Business and Trade".
                        j += 1;
                    } else {
                        break;
                    }
                }
                let mut a = i;
                while a < j && is_capitalized_stopword(ctx.low(a)) {
                    a += 1;
                }
                if a < j {
                    runs.push(a..j);
                }
                i = j;
            }
        }
        for r in &runs {
            if r.len() == 1 {
                self.singles.insert(ctx.low(r.start).to_string());
            }
            for i in r.start..r.end.saturating_sub(1) {
                if is_first_name(ctx.low(i)) && !self.common.contains(ctx.low(i)) {
                    self.after_first.insert(ctx.low(i + 1).to_string());
                }
            }
        }
        // Headlines keep only "First Surname" pairs whose surname the body
        // uses alone ("Hillary Clinton Goes After…", not "Rip Donald").
        for r in headlines {
            let mut i = r.start;
            while i + 1 < r.end {
                let pair = self.name_token(i)
                    && self.name_token(i + 1)
                    && is_first_name(ctx.low(i))
                    && !self.common.contains(ctx.low(i))
                    && self.singles.contains(ctx.low(i + 1));
                if pair {
                    runs.push(i..i + 2);
                    i += 2;
                } else {
                    i += 1;
                }
            }
        }
        runs.into_iter().filter_map(|r| self.classify(r)).collect()
    }

    /// A headline in title case ("Black Lawmakers Rip Donald Trump As A
    /// Fraud"): every word capitalized, so capitals say nothing about names
    /// (the body names the same people in running text).
    fn title_case(&self, r: Range<usize>) -> bool {
        let ctx = self.ctx;
        let mut words = 0;
        for i in r {
            if !ctx.is_word(i) || ctx.depth.get(i).is_some_and(|&d| d > 0) {
                continue;
            }
            words += 1;
            if !ctx.is_cap(i)
                && !matches!(
                    ctx.low(i),
                    "a" | "an"
                        | "the"
                        | "of"
                        | "in"
                        | "on"
                        | "for"
                        | "to"
                        | "and"
                        | "or"
                        | "at"
                        | "by"
                        | "with"
                )
            {
                return false;
            }
        }
        words >= 5
    }

    /// Token `i` opens its sentence (after any opening quotes or dashes),
    /// where a capital says nothing.
    fn opens_sentence(&self, i: usize) -> bool {
        let ctx = self.ctx;
        let start = ctx.sentence(ctx.sent(i)).start;
        (start..i).all(|k| {
            !ctx.is_word(k)
                && !matches!(
                    ctx.layout.tokens.get(k).map(|t| t.kind),
                    Some(ascribe_text::TokenKind::Number)
                )
        })
    }

    /// A capitalized plural person noun inside a sentence, alone before
    /// "of" at `j`, opens a society's name: "the Friends of Kelby Library",
    /// "Veterans for Peace" (a sentence-opening "Residents of Kelby" is no
    /// name).
    fn members_of(&self, i: usize, j: usize) -> bool {
        j == i + 1 && !self.opens_sentence(i) && is_plural_person_noun(self.ctx.low(i))
    }

    /// The capitalized run starting at `from` (before `end`) ends in an
    /// organization word: what a connector inside an organization's name
    /// leads to.
    fn org_tail(&self, from: usize, end: usize) -> bool {
        let mut k = from;
        while k < end && k < from + MAX_RUN && self.name_token(k) {
            k += 1;
        }
        k > from && is_org_word(self.ctx.low(k - 1))
    }

    /// An "and" at `j` inside the run that started at `i` belongs to one
    /// name: two capitalized words before an organization word ("Argyll and
    /// Bute Council"), or one or two plain words closing an "of"/"for"
    /// organization name ("Department for Business and Trade"). A person,
    /// title, place or known organization after it starts a new name.
    fn and_inside_name(&self, i: usize, j: usize, end: usize) -> bool {
        let ctx = self.ctx;
        if j + 1 >= end || !self.name_token(j + 1) {
            return false;
        }
        let mut k = j + 1;
        while k < end && k < j + 1 + MAX_RUN && self.name_token(k) {
            k += 1;
        }
        let next = j + 1..k;
        let plain = next.clone().all(|t| {
            let w = ctx.low(t);
            !is_role_noun(w)
                && !is_first_name(w)
                && !is_known_org(w)
                && !is_place(w)
                && honorific(w).is_none()
                && !is_capitalized_stopword(w)
        });
        if !plain {
            return false;
        }
        let before_org = (i..j).any(|t| is_org_word(ctx.low(t)));
        let closes_of_name = before_org
            && (i + 1..j).any(|t| matches!(ctx.low(t), "of" | "for"))
            && next.len() <= 2
            && !next.clone().any(|t| is_org_word(ctx.low(t)));
        let names_org = !before_org
            && j - i <= 2
            && is_org_word(ctx.low(k - 1))
            && !(i..j).any(|t| is_first_name(ctx.low(t)) || is_role_noun(ctx.low(t)));
        closes_of_name || names_org
    }

    fn name_token(&self, i: usize) -> bool {
        let ctx = self.ctx;
        ctx.is_cap(i)
            && ctx.word(i) != "I"
            && !is_calendar_word(ctx.low(i))
            && !ctx.word(i).starts_with("http")
            && !is_hyphen_modifier(ctx.low(i))
    }

    fn classify(&self, run: Range<usize>) -> Option<Mention> {
        let ctx = self.ctx;
        let lows: Vec<&str> = run.clone().map(|i| ctx.low(i)).collect();
        // "Rescuers said", "Colleagues described him": the plural of a
        // person noun, capitalized only because it opens the sentence.
        let plural_people = lows.len() == 1
            && is_plural_person_noun(lows[0])
            && self.opens_sentence(run.start)
            && !self.mid_caps.contains(lows[0])
            && !self.after_first.contains(lows[0]);
        if lows.len() == 1 && (is_group_noun(lows[0]) || plural_people) {
            // "Officials said", "Critics of the plan…": a collective, which a
            // later "they" may take up.
            let mut m = Mention::new(ctx, run.clone(), MKind::Nominal, Class::Group);
            m.head = lows[0].to_string();
            return Some(m);
        }
        // "Airline cancels 300 flights": a common noun for a body, capitalized
        // only because it opens the headline, that the text writes in
        // lowercase too ("the airline said") is no name; "Party aims to
        // heal …" stays one when a name ends in it ("Democratic Party").
        if lows.len() == 1
            && self.opens_sentence(run.start)
            && is_org_word(lows[0])
            && !is_known_org(lows[0])
            && self.common.contains(lows[0])
            && !self.mid_caps.contains(lows[0])
        {
            return None;
        }
        // "Iowa Republicans", "Hispanics", "Senate Democrats": the plural of
        // a people's or a party's member, capitalized wherever it stands.
        if let Some(&last) = lows.last() {
            let member = ["ans", "ics", "ats", "ists", "ites"]
                .iter()
                .any(|e| last.ends_with(e));
            if member && is_plural_person_noun(last) {
                let mut m = Mention::new(ctx, run.clone(), MKind::Nominal, Class::Group);
                m.head = last.to_string();
                return Some(m);
            }
        }
        let whole = lows.join(" ");
        let person = |start: usize, gender: Gender| -> Option<Mention> {
            // The name: first name + surname, a third token only after an
            // initial ("Donald J. Trump"), before a suffix, or when it is a
            // known surname ("Hillary Rodham Clinton").
            let mut end = start + 1;
            while end < run.end && end < start + 4 {
                let w = ctx.low(end);
                let closing_surname = end == start + 1 && end + 1 == run.end;
                // "Steve Forbes", "Vicente Fox": a closing surname that is
                // also a title or the name of a body named after a family
                // ("Thomson Reuters" stays the agency).
                if is_org_word(w)
                    || (is_role_noun(w) && !closing_surname)
                    || (is_known_org(w) && !(closing_surname && is_surname_too(w)))
                {
                    break;
                }
                let prev_initial = is_initial(ctx.word(end - 1)) && end - 1 > start;
                // A run of exactly three name words ends in the surname
                // ("Ildefonso Guajardo Villarreal").
                let middle = end == start + 2
                    && end + 1 == run.end
                    && !self.common.contains(w)
                    && !is_place(w);
                if end == start + 1
                    || prev_initial
                    || middle
                    || is_name_suffix(w)
                    || self.singles.contains(w)
                    || is_name_particle(ctx.low(end - 1))
                {
                    end += 1;
                } else {
                    break;
                }
            }
            let mut m = Mention::new(ctx, start..end, MKind::Name, Class::Person);
            m.gender = gender;
            Some(m)
        };
        // "Mr. Sessions", "Ms. Zakharova".
        if let Some(h) = run.clone().find(|&i| honorific(ctx.low(i)).is_some()) {
            if h + 1 < run.end {
                let g = honorific(ctx.low(h)).unwrap_or(Gender::Unknown);
                let mut m = person(h + 1, g)?;
                m.np_start = h;
                return Some(m);
            }
        }
        // "Kremlin Spokesperson Dmitry Peskov", "Jeff Sessions Statement".
        // A title word between a title and a surname that is also a first
        // name is that first name: "Councillor Dean Howarth".
        let titled_first = |i: usize| {
            i > run.start
                && i + 1 < run.end
                && is_role_noun(ctx.low(i))
                && first_name_gender(ctx.low(i)).is_some()
                // "Attorney General", "Major General": compound titles.
                && !super::names::is_role_modifier(ctx.low(i))
                && (is_role_noun(ctx.low(i - 1)) || honorific(ctx.low(i - 1)).is_some())
                && !is_role_noun(ctx.low(i + 1))
                && !is_first_name(ctx.low(i + 1))
                && !is_org_word(ctx.low(i + 1))
        };
        let first_name = |i: usize| {
            (is_first_name(ctx.low(i)) && !self.common.contains(ctx.low(i))) || titled_first(i)
        };
        let title_word = |i: usize| is_role_noun(ctx.low(i)) && !titled_first(i);
        // Three or more capitalized words closing on an organization word
        // name the organization even when the first is also a first name:
        // "Memory Matters Trust", "Bill Gates Foundation".
        if run.len() >= 3
            && is_org_word(ctx.low(run.end - 1))
            && honorific(ctx.low(run.start)).is_none()
            && !run.clone().any(|i| is_role_noun(ctx.low(i)))
        {
            return Some(Mention::new(ctx, run, MKind::Name, Class::Org));
        }
        // A name after a title wins over words before it that happen to be
        // first names ("Wells Fargo CEO John Stumpf" is John Stumpf).
        let after_title = run
            .clone()
            .rev()
            .find(|&i| title_word(i))
            .filter(|&t| t + 1 < run.end)
            .map_or(run.start, |t| t + 1);
        if let Some(f) = (after_title..run.end).find(|&i| {
            i + 1 < run.end
                && first_name(i)
                && !is_org_word(ctx.low(i + 1))
                // "Howard Dean": a title word closing the run is a surname.
                && (!is_role_noun(ctx.low(i + 1)) || i + 2 == run.end)
        }) {
            let g = first_name_gender(ctx.low(f)).unwrap_or(Gender::Unknown);
            return person(f, g);
        }
        // Organizations: "Justice Department", "Fox News", "RT", "MI5".
        let last = ctx.low(run.end - 1);
        // A surname the document gives after a first name is that person's
        // ("President Trump"); so is the name of a body named after a family
        // ("Steve Forbes … Forbes added"), but not "Reuters" after "Thomson".
        let surname_alone = run.len() == 1 && self.after_first.contains(last);
        let org = is_known_org_phrase(&whole)
            // "Friends of Kelby Library": a society of its members.
            || (lows.len() >= 3
                && matches!(lows[1], "of" | "for")
                && self.members_of(run.start, run.start + 1))
            // "Police" alone is a body; "Mining" or "Energy" alone (a
            // sector, capitalized) is no company.
            || (is_org_word(last) && !(run.len() == 1 && is_company_suffix(last)))
            || lows
                .windows(2)
                .any(|w| is_org_word(w[0]) && matches!(w[1], "of" | "for" | "on"))
            || (lows.iter().any(|w| is_known_org(w)) && !(surname_alone && is_surname_too(last)))
            // "Police Scotland", "Transport Wales": a body, then its territory.
            || (lows.len() >= 2 && is_org_word(lows[0]) && lows[1..].iter().all(|w| is_place(w)))
            || (run.len() == 1 && is_acronym(ctx.word(run.start)) && !is_place(last));
        // "President Trump", "Senator Cruz": a title, then a name.
        if let Some(t) = run
            .clone()
            .rev()
            .find(|&i| title_word(i))
            .filter(|_| !surname_alone)
        {
            if t + 1 < run.end {
                let rest = t + 1..run.end;
                let plain = rest.clone().all(|i| {
                    let w = ctx.low(i);
                    !is_org_word(w) && !is_known_org(w) && !is_place(w) && !is_acronym(ctx.word(i))
                });
                if plain && rest.len() <= 3 {
                    let mut m = Mention::new(ctx, rest, MKind::Name, Class::Person);
                    m.gender = noun_gender(ctx.low(t));
                    return Some(m);
                }
            } else if !org {
                // "Kremlin Spokesperson": a title without a name.
                let mut m = Mention::new(ctx, run.clone(), MKind::Nominal, Class::Person);
                m.head = last.to_string();
                m.gender = noun_gender(last);
                return Some(m);
            }
        }
        if org {
            return Some(Mention::new(ctx, run, MKind::Name, Class::Org));
        }
        // "Trump administration", "Obama campaign".
        if matches!(
            ctx.low(run.end),
            "administration" | "government" | "campaign" | "team" | "camp" | "cabinet" | "regime"
        ) {
            return Some(Mention::new(
                ctx,
                run.start..run.end + 1,
                MKind::Name,
                Class::Org,
            ));
        }
        if lows.iter().all(|w| is_place(w)) {
            return Some(Mention::new(ctx, run, MKind::Name, Class::Place));
        }
        Some(Mention::new(ctx, run, MKind::Name, Class::Unknown))
    }
}

/// Fills position facts: noun-phrase start, possessive, preposition, role.
fn finish_mention(ctx: &Ctx, m: &mut Mention) {
    let sent = ctx.sentence(m.sent);
    if m.kind == MKind::Name && m.class == Class::Person {
        if let Some(r) = role::pre_modifier(ctx, m.np_start, sent.start) {
            m.np_start = m.np_start.min(r.start);
            m.role = Some(r);
        }
        if m.role.is_none() {
            m.role = role::apposition(ctx, m.toks.end, sent.end);
        }
        if m.role.is_none() {
            m.rel_role = role::relative(ctx, m.toks.end, sent.end);
        }
    }
    if m.kind == MKind::Name && m.class == Class::Unknown {
        if described_as_org(ctx, m, sent.clone()) {
            m.class = Class::Org;
        } else if let Some(r) = role::pre_modifier(ctx, m.np_start, sent.start)
            .filter(|r| r.end == m.toks.start && is_person_noun(ctx.low(r.end - 1)))
        {
            // A title right before an unknown name makes it a person:
            // "Eastbrook Rovers manager Dani Reyes", "festival chief Wren".
            m.class = Class::Person;
            m.np_start = m.np_start.min(r.start);
            m.role = Some(r);
        }
    }
    // A name whose first word is also a place ("Jordan Lee") is typed only
    // later; an apposition after it ("…, a fellow at Brookings,") is as
    // good a title.
    // Not when the apposition names somebody: "Two Democrats, billionaire
    // Tom Steyer and …" lists people, it gives no title.
    if m.kind == MKind::Name && m.class == Class::Unknown && m.toks.len() >= 2 {
        m.role = role::apposition(ctx, m.toks.end, sent.end).filter(|r| {
            !r.clone()
                .any(|i| ctx.is_cap(i) && is_first_name(ctx.low(i)))
        });
        if m.role.is_none() {
            m.rel_role = role::relative(ctx, m.toks.end, sent.end);
        }
    }
    if m.kind == MKind::Nominal && m.role.is_none() && m.class == Class::Person && m.head != "one" {
        m.role = Some(m.toks.clone());
    }
    while m.np_start > sent.start && matches!(ctx.low(m.np_start - 1), "the" | "a" | "an") {
        m.np_start -= 1;
        m.definite |= ctx.low(m.np_start) == "the";
    }
    m.possessive = is_possessive_mark(ctx, m.toks.end);
    m.after_prep = m.np_start > sent.start && is_preposition(ctx.low(m.np_start - 1));
}

/// A name described as a business or body right before it ("streaming
/// service Loopa", "the bus operator, Marches Travel,") or in an apposition
/// after it ("Brightfield, the battery maker,").
fn described_as_org(ctx: &Ctx, m: &Mention, sent: Range<usize>) -> bool {
    descriptor_of(ctx, m, sent).is_some()
}

/// The token of the descriptor that makes a name an organization, if any.
fn descriptor_of(ctx: &Ctx, m: &Mention, sent: Range<usize>) -> Option<usize> {
    let descriptor = |i: usize| ctx.is_word(i) && !ctx.is_cap(i) && is_org_descriptor(ctx.low(i));
    let start = m.np_start;
    if start > sent.start && descriptor(start - 1) {
        return Some(start - 1);
    }
    // "The bus operator, Marches Travel,": a nominal closing on a
    // descriptor, then the name after a comma.
    if start >= sent.start + 2 && ctx.low(start - 1) == "," && descriptor(start - 2) {
        // The nominal must open its clause: "In an interview with this
        // newspaper, Benn said" is an adverbial, not an apposition.
        let opened = (sent.start..start - 2)
            .rev()
            .take(4)
            .take_while(|&i| ctx.is_word(i))
            .find(|&i| super::names::is_article(ctx.low(i)))
            .is_some_and(|a| a == sent.start || !ctx.is_word(a - 1));
        if opened {
            return Some(start - 2);
        }
    }
    // ", the Oslo-based battery maker,": the head of the apposition, before
    // any prepositional phrase.
    let end = m.toks.end;
    if ctx.low(end) == "," && matches!(ctx.low(end + 1), "the" | "a" | "an") {
        let mut head = None;
        for i in end + 2..(end + 2 + 8).min(sent.end) {
            if !ctx.is_word(i) || is_preposition(ctx.low(i)) {
                break;
            }
            head = Some(i);
        }
        let closed = head.is_some_and(|h| matches!(ctx.low(h + 1), "," | "." | ";" | "—" | "–"));
        if closed && head.is_some_and(descriptor) {
            return head;
        }
    }
    None
}

/// Subject flags: the first mention of a sentence that opens it or follows a
/// comma, outside quotations and prepositional phrases.
fn mark_subjects(ctx: &Ctx, mentions: &mut [Mention]) {
    let mut done_sent = usize::MAX;
    // An opening possessor ("Holt's colleague Matt Lauer faced…"): sentence and end token.
    let mut possessor: Option<(usize, usize)> = None;
    for k in 0..mentions.len() {
        // A name modifying the next one ("NBC News colleague Matt Lauer")
        // passes the subject on, like a possessor.
        let modifier = mentions.get(k + 1).is_some_and(|n| {
            let m = &mentions[k];
            n.sent == m.sent
                && n.np_start >= m.toks.end
                && n.np_start - m.toks.end <= 2
                && (m.toks.end..n.np_start).all(|i| {
                    is_role_noun(ctx.low(i))
                        || matches!(
                            ctx.low(i),
                            "colleague"
                                | "host"
                                | "anchor"
                                | "correspondent"
                                | "reporter"
                                | "analyst"
                        )
                })
        });
        let m = &mut mentions[k];
        if m.sent == done_sent || m.quoted || m.after_prep {
            continue;
        }
        let start = ctx.sentence(m.sent).start;
        let opens = m.np_start == start
            || matches!(ctx.low(m.np_start - 1), "," | "—" | "–")
            || ctx
                .layout
                .marks
                .get(m.np_start - 1)
                .copied()
                .flatten()
                .is_some();
        let possessed = possessor.is_some_and(|(s, end)| {
            s == m.sent
                && end <= m.np_start
                && m.np_start - end <= 8
                && !(end..m.np_start).any(|i| matches!(ctx.low(i), "," | "." | ";"))
        });
        if m.possessive || modifier {
            if opens || possessed {
                possessor = Some((m.sent, m.toks.end));
            }
            continue;
        }
        if opens || possessed {
            m.subject = true;
            done_sent = m.sent;
        }
    }
}

/// Where an attribution's speaker comes from.
#[derive(Debug, Clone, Copy)]
enum Link {
    Mention(usize),
    None,
}

/// Finds the mention an attribution's source denotes, adding pronoun and
/// nominal mentions as needed. Returns the mention index per attribution
/// (indices into `mentions` before sorting are remapped by the caller).
fn source_mention(
    ctx: &Ctx,
    src: Range<usize>,
    names: &[Mention],
    extra: &mut Vec<Mention>,
) -> Option<SourceRef> {
    if src.is_empty() {
        return None;
    }
    // A dateline swallowed by the source ("MOSCOW — Russia on Monday")
    // is no part of who speaks.
    let src = match (src.start..src.end)
        .rev()
        .find(|&i| matches!(ctx.low(i), "—" | "–"))
    {
        Some(d) if d + 1 < src.end && dateline(ctx, src.start..d) => d + 1..src.end,
        _ => src,
    };
    // The core noun phrase ends at an apposition comma or dash ("Mehmet
    // Oz — Ivy League-trained surgeon —").
    let core_end = (src.start..src.end)
        .find(|&i| i > src.start && matches!(ctx.low(i), "," | "—" | "–"))
        .unwrap_or(src.end);
    let core = src.start..core_end.max(src.start + 1);
    // A relative pronoun names whoever its clause hangs on: "Councilman
    // Peter Haskell, who voted against the plan" → Peter Haskell; so does
    // an age cut out as the source ("Gareth Lynn, 61, of Elm Road, admitted").
    // The age closes its apposition with a comma: "Hillary Clinton, 43
    // said the same" lists numbers instead.
    let age = |i: usize| {
        let w = ctx.low(i);
        w.len() <= 3
            && !w.is_empty()
            && w.bytes().all(|b| b.is_ascii_digit())
            && ctx.low(i + 1) == ","
    };
    if core.len() == 1
        && (matches!(ctx.low(core.start), "who" | "which") || age(core.start))
        && core.start >= 1
        && ctx.low(core.start - 1) == ","
    {
        let comma = core.start - 1;
        let k = names.partition_point(|m| m.toks.end < comma);
        if names.get(k).is_some_and(|m| m.toks.end == comma) {
            return Some(SourceRef::Name(k));
        }
    }
    // Any other relative pronoun speaks for the noun phrase it hangs on,
    // read like a source of its own: "Latino and black voters, who …" is
    // a group, "an NBC reporter who …" a person, "those who …" people.
    // A person so described is not looked up by title: "Angela Corey is
    // the state attorney who charged him" names nobody mentioned before.
    if core.len() == 1 && matches!(ctx.low(core.start), "who" | "which") {
        let np = antecedent(ctx, core.start);
        if let Some(np) = np.clone().filter(|np| np.len() == 1) {
            if matches!(ctx.low(np.start), "those" | "these") {
                let mut m = Mention::new(ctx, np.clone(), MKind::Nominal, Class::Group);
                m.head = ctx.low(np.start).to_string();
                m.source = true;
                extra.push(m);
                return Some(SourceRef::Extra(extra.len() - 1));
            }
        }
        let found = np.and_then(|np| source_mention(ctx, np, names, extra));
        match found {
            // Nobody is a place.
            Some(SourceRef::Name(k)) if names.get(k).is_some_and(|m| m.class == Class::Place) => {}
            Some(SourceRef::Extra(k)) => {
                if let Some(m) = extra.get_mut(k).filter(|m| m.class == Class::Person) {
                    m.definite = false;
                }
                return found;
            }
            Some(_) => return found,
            None => {}
        }
    }
    // "Trump's statement", "De Miranda's account", or a source cut short
    // after the possessive ("De Miranda's"): the possessor speaks, as for
    // "her account" below.
    if let Some(mark) = (core.start + 1..core.end).find(|&i| is_possessive_mark(ctx, i)) {
        let said = (mark + 1..core.end).all(|i| ctx.is_word(i) && !ctx.is_cap(i))
            && (mark + 1 == core.end
                || crate::wordnet::classes(ctx.low(core.end - 1)).noun_first
                    == crate::wordnet::noun::COMMUNICATION + 1);
        // Only an article before the name: "Fans of Bradley Cooper's
        // film" are not Cooper.
        let k = names.partition_point(|m| m.toks.end < mark);
        let owner = names.get(k).filter(|m| {
            m.toks.end == mark
                && m.toks.start >= core.start
                && past_articles(ctx, core.start, m.toks.start)
                    == m.np_start.min(m.toks.start).max(core.start)
        });
        if said && owner.is_some() {
            return Some(SourceRef::Name(k));
        }
    }
    // "her account", "his statement", "their letter": what a person wrote
    // or said, possessed, speaks for its possessor.
    let owner = possessive_pronoun(ctx.low(core.start)).filter(|_| {
        core.len() >= 2
            && (core.start + 1..core.end).all(|i| ctx.is_word(i) && !ctx.is_cap(i))
            && crate::wordnet::classes(ctx.low(core.end - 1)).noun_first
                == crate::wordnet::noun::COMMUNICATION + 1
    });
    if let Some(p) = owner {
        let class = match p {
            Pron::He | Pron::She => Class::Person,
            _ => Class::Unknown,
        };
        let mut m = Mention::new(ctx, core.start..core.start + 1, MKind::Pronoun(p), class);
        m.source = true;
        extra.push(m);
        return Some(SourceRef::Extra(extra.len() - 1));
    }
    if core.len() == 1 {
        // A possessive alone as the source ("its forecast, its report
        // said" cut short by the model) names its owner.
        let word = ctx.low(core.start);
        if let Some(p) = pronoun(word).or_else(|| possessive_pronoun(word)) {
            let class = match p {
                Pron::He | Pron::She => Class::Person,
                _ => Class::Unknown,
            };
            let mut m = Mention::new(ctx, core.clone(), MKind::Pronoun(p), class);
            m.source = true;
            extra.push(m);
            return Some(SourceRef::Extra(extra.len() - 1));
        }
    }
    // A source cut short inside a name ("Margaret" of "Margaret Tully,
    // 81, said"): the whole name.
    let k = names.partition_point(|m| m.toks.start < core.start);
    if let Some(m) = names.get(k) {
        if m.toks.start == core.start
            && m.toks.end > core.end
            && core.clone().all(|i| ctx.is_cap(i))
        {
            return Some(SourceRef::Name(k));
        }
    }
    // A name inside the core with nothing but modifiers before it.
    let first = names.partition_point(|m| m.toks.start < core.start);
    let found = names[first..]
        .iter()
        .enumerate()
        .take_while(|(_, m)| m.toks.start < core.end)
        .map(|(i, m)| (first + i, m))
        // The head of the phrase: it ends the core ("many American senators" is no "American").
        .filter(|(_, m)| m.toks.start >= core.start && m.toks.end == core.end)
        .filter(|(_, m)| {
            let lead = core.start..m.np_start.max(core.start);
            !lead.clone().any(|i| is_preposition(ctx.low(i)))
        })
        .last();
    if let Some((i, _)) = found {
        return Some(SourceRef::Name(i));
    }
    // A name with a phrase after it: "Industry analyst Jo Park of Fenwick
    // Research", "Rescuers in the valley", "Analysts polled by Reuters".
    let postmodified = names[first..]
        .iter()
        .enumerate()
        .take_while(|(_, m)| m.toks.end < core.end)
        .map(|(i, m)| (first + i, m))
        .find(|(_, m)| {
            let lead = core.start..m.np_start.max(core.start);
            let next = ctx.low(m.toks.end);
            // "Russia on Monday rejected …": a time after the name, which
            // may be a place speaking for its government.
            let dated = next == "on" && ctx.low(m.toks.end + 1).ends_with("day");
            m.toks.start >= core.start
                && (m.class != Class::Place || (dated && m.toks.start == core.start))
                && !lead.clone().any(|i| is_preposition(ctx.low(i)))
                && (matches!(next, "of" | "at" | "from" | "with" | "in" | "who")
                    || dated
                    || opens_participle(ctx, m.toks.end))
        });
    if let Some((i, _)) = postmodified {
        return Some(SourceRef::Name(i));
    }
    // A title, then the name in apposition: "The minister of the economy,
    // Mr. Guajardo Villarreal, argues".
    if core.end < src.end {
        let after = core.end + 1;
        let k = names.partition_point(|m| m.toks.start < after);
        if let Some(m) = names
            .get(k)
            .filter(|m| m.np_start.min(m.toks.start) <= after + 1 && m.toks.end <= src.end)
        {
            let s = past_articles(ctx, core.start, core.end);
            let last = ctx.low(core.end - 1);
            // "a director of the mill's owners, Thornbury Textiles": the
            // apposition names the owners, not the director.
            let names_inner = (s..core.end).any(|i| is_preposition(ctx.low(i)))
                && (is_org_word(last) || (last.ends_with('s') && !last.ends_with("ss")))
                && m.class != Class::Person;
            if m.class == Class::Org {
                // "The bus operator, Marches Travel,".
                if is_org_descriptor(last) && !names_inner {
                    return Some(SourceRef::Name(k));
                }
            } else if !names_inner {
                // "Its chief executive, Asha Patel,": the title is the role.
                // A possessor inside the title is no name of the titled
                // one: "Marsh's solicitor, Kevin Holt,".
                // "The general secretary of the union, Sarah Okafor,": the
                // head before a prepositional phrase counts as well.
                let head = (s..core.end)
                    .find(|&i| i > s && matches!(ctx.low(i), "of" | "for" | "at"))
                    .map_or(last, |p| ctx.low(p - 1));
                let titled = s < core.end
                    && (is_person_noun(last) || is_person_noun(head))
                    && !(s..core.end).any(|i| {
                        ctx.is_cap(i)
                            && is_first_name(ctx.low(i))
                            && !is_possessive_mark(ctx, i + 1)
                    });
                // "The company and France's secretary of state, Pascale
                // Boistard,", "Eisenhower and his secretary of State, John
                // Foster Dulles,": what comes before an "and" without a
                // lowercase person noun of its own is somebody else.
                let after_and = (s..core.end)
                    .rev()
                    .find(|&i| {
                        ctx.low(i) == "and"
                            && !(s..i).any(|t| !ctx.is_cap(t) && is_person_noun(ctx.low(t)))
                    })
                    .map_or(s, |a| a + 1);
                let from = past_articles(ctx, after_and, core.end);
                // "the ambassador at the time": a time, not a post.
                let mut to = core.end;
                if to >= from + 3
                    && ctx.low(to - 1) == "time"
                    && ctx.low(to - 2) == "the"
                    && ctx.low(to - 3) == "at"
                {
                    to -= 3;
                }
                return Some(if titled && from < to {
                    SourceRef::Titled(k, from..to)
                } else {
                    SourceRef::Name(k)
                });
            }
        }
    }
    // A nominal: "the expert", "many American senators", "the department".
    let mut s = core.start;
    let mut definite = false;
    while s < core.end && super::names::is_article(ctx.low(s)) {
        definite |= matches!(ctx.low(s), "the" | "his" | "her" | "its" | "their");
        s += 1;
    }
    // A place or body in front is a determiner too: "Malta's finance
    // minister", "NATO's secretary general" are as definite as "the finance
    // minister" (and the role keeps the possessor). Not a person's: "Trump's
    // campaign manager" is not whoever is salient.
    let possessed_from = s;
    let mark = s + 1;
    if mark + 1 < core.end && is_possessive_mark(ctx, mark) && ctx.is_cap(s) {
        let owner = ctx.low(s);
        let body = is_place(owner) || is_known_org(owner) || is_acronym(ctx.word(s));
        if body && (mark + 1..core.end).all(|i| ctx.is_word(i) && !ctx.is_cap(i)) {
            definite = true;
            s = mark + 1;
        }
    }
    let head_end = (s..core.end)
        .find(|&i| {
            is_preposition(ctx.low(i))
                || ctx.low(i) == "who"
                // "A source close to …", "people familiar with …": an
                // adjective and its phrase after the head.
                || (i > s
                    && matches!(ctx.low(i), "close" | "familiar" | "loyal" | "opposed" | "linked")
                    && is_preposition(ctx.low(i + 1)))
                // "Analysts polled by …": a participle after the head.
                || (i > s && (opens_participle(ctx, i) || opens_ing_clause(ctx, i)))
        })
        .unwrap_or(core.end);
    let head_at = (s..head_end).rev().find(|&i| ctx.is_word(i))?;
    let head = ctx.low(head_at).to_string();
    let quantified = matches!(
        ctx.low(core.start),
        "many"
            | "some"
            | "several"
            | "most"
            | "few"
            | "both"
            | "all"
            | "other"
            | "two"
            | "three"
            | "four"
            | "five"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "those"
            | "others"
    );
    // Kinship and other nouns for people ("my father", "a friend") say the
    // speaker is a person even when no name follows.
    let kin = (noun_gender(&head) != Gender::Unknown
        || matches!(
            head.as_str(),
            "friend"
                | "colleague"
                | "neighbor"
                | "neighbour"
                | "relative"
                | "cousin"
                | "parent"
                | "spouse"
                | "child"
                | "teenager"
                | "victim"
                | "voter"
                | "resident"
                | "employee"
                | "worker"
        ))
        && !is_role_noun(&head)
        && !head.ends_with("man");
    // "the operator", "the carmaker": businesses by their description.
    let class = if is_org_word(&head) || (is_org_descriptor(&head) && !is_role_noun(&head)) {
        Class::Org
    } else if is_group_noun(&head)
        || is_plural_person_noun(&head)
        || quantified
        // "fishermen", "businessmen"
        || (head.ends_with("men") && head.len() > 4)
        || (head.ends_with('s')
            && !head.ends_with("ss")
            && !is_role_noun(&head)
            && ctx.is_word(head_at)
            && head.len() > 3
            && !ctx.is_cap(head_at)
            && may_be_people(&head))
    {
        Class::Group
    } else if is_role_noun(&head)
        || kin
        || head.ends_with("man")
        || head.ends_with("woman")
        || head.ends_with("person")
        // "The librarian", "one user", "a reader in Oban": a person by word
        // class; a bare "a reader" is as often a generic or hypothetical one.
        || (is_person_noun(&head)
            && !ctx.is_cap(head_at)
            && (definite || ctx.low(core.start) == "one" || head_end < core.end))
        // "One of the people familiar with the matter".
        || head == "one"
        // "a Democrat familiar with …", "one Republican": a member, after
        // a determiner.
        || (head_at > core.start
            && ctx.is_cap(head_at)
            && !opens_ing_clause(ctx, head_at + 1)
            && ["an", "at", "ist", "ic"].iter().any(|e| head.ends_with(e))
            && is_person_noun(&head))
    {
        Class::Person
    } else {
        Class::Unknown
    };
    let mut m = Mention::new(ctx, s..core.end, MKind::Nominal, class);
    m.np_start = core.start;
    m.definite = definite;
    m.head = head;
    m.gender = noun_gender(&m.head);
    m.source = true;
    // "one user" is a user; "one" alone gives no title.
    let mut r = possessed_from;
    while r < head_end && matches!(ctx.low(r), "one" | "another") {
        r += 1;
    }
    if class == Class::Person && r < core.end && m.head != "one" {
        m.role = Some(r..core.end);
    }
    extra.push(m);
    Some(SourceRef::Extra(extra.len() - 1))
}

/// A plural WordNet does not know, or with a sense that is people or a
/// body of them, or bodies: "villagers", "moderators", "families",
/// "Brexiteers", "campaigns", but not "reports", "subsidies" or "its
/// pricing mechanisms".
fn may_be_people(plural: &str) -> bool {
    use crate::wordnet::noun;
    let c = crate::wordnet::classes(plural);
    let people = 1 << noun::PERSON | 1 << noun::GROUP;
    // "the campaigns", "news outlets": bodies, so collectives too.
    let bodies = plural
        .strip_suffix('s')
        .is_some_and(|one| is_org_word(one) || is_org_descriptor(one) || one == "outlet");
    c.is_empty() || c.noun & people != 0 || bodies || plural == "groups"
}

/// A capitalized compound modifier ("Amazon-owned", "Seattle-based",
/// "Kremlin-backed"): it describes the name after it and is no part of it.
fn is_hyphen_modifier(lower: &str) -> bool {
    lower.rsplit_once('-').is_some_and(|(head, tail)| {
        !head.is_empty()
            && matches!(
                tail,
                "owned"
                    | "based"
                    | "backed"
                    | "led"
                    | "funded"
                    | "run"
                    | "controlled"
                    | "linked"
                    | "affiliated"
                    | "born"
                    | "allied"
                    | "aligned"
                    | "supported"
                    | "sponsored"
            )
    })
}

/// Most words of a passive cue's agent phrase.
const MAX_AGENT: usize = 8;

/// The agent of a passive cue of judging ("has been called … by fellow
/// physicians", "was described as … by the mayor"): the words after the
/// "by" that follows the cue, up to punctuation or a preposition.
fn passive_agent(ctx: &Ctx, a: &Attribution) -> Option<Range<usize>> {
    let cue = match (a.cue.first(), a.cue.last()) {
        (Some(f), Some(l)) => ctx.tokens_of_chars(f.start, l.end),
        _ => return None,
    };
    // Only verbs that say something of their subject: "was asked by" or
    // "was quoted by" leaves the subject the one who speaks.
    let passive = cue.clone().any(|i| {
        matches!(
            ctx.low(i),
            "been" | "was" | "were" | "is" | "are" | "being" | "be"
        ) && is_judging_participle(ctx.low(i + 1))
    });
    if !passive {
        return None;
    }
    // The "by" after the cue, in or right after the content, outside quotes.
    let content_end = a.content.iter().map(|c| c.end).max()?;
    let stop = ctx.tokens_of_chars(content_end, content_end).start + 1;
    let sentence_end = ctx.sentence(ctx.sent(cue.start)).end;
    let by = (cue.end..stop.min(sentence_end))
        .find(|&i| ctx.low(i) == "by" && ctx.depth.get(i).is_some_and(|&d| d == 0))?;
    let limit = sentence_end.min(by + 1 + MAX_AGENT);
    let end = (by + 1..limit)
        .find(|&i| {
            (!ctx.is_word(i) && !matches!(ctx.low(i), "’s" | "'s")) || is_preposition(ctx.low(i))
        })
        .unwrap_or(limit);
    (end > by + 1).then_some(by + 1..end)
}

/// Participles of verbs that judge or label someone ("called a
/// charlatan", "accused of lying"): in the passive, the agent speaks.
fn is_judging_participle(w: &str) -> bool {
    matches!(
        w,
        "called"
            | "described"
            | "labeled"
            | "labelled"
            | "branded"
            | "dubbed"
            | "criticized"
            | "criticised"
            | "accused"
            | "praised"
            | "condemned"
            | "blamed"
            | "hailed"
            | "slammed"
            | "denounced"
            | "derided"
            | "mocked"
            | "lauded"
    )
}

/// Most words looked back for the noun phrase a relative pronoun hangs on.
const MAX_ANTECEDENT: usize = 8;

/// The noun phrase right before the relative pronoun at `rel` (past one
/// comma), back to its article or to the word before it that cannot be
/// inside it: a preposition, a conjunction, punctuation or a verb form
/// ("… echoing some commentators who" → "some commentators").
fn antecedent(ctx: &Ctx, rel: usize) -> Option<Range<usize>> {
    let first = ctx.sentence(ctx.sent(rel)).start;
    let mut end = rel;
    if end > first && matches!(ctx.low(end - 1), "," | "(") {
        end -= 1;
    }
    let mut start = end;
    while start > first && end - start < MAX_ANTECEDENT {
        let i = start - 1;
        let w = ctx.low(i);
        let possessive = is_possessive_mark(ctx, i);
        // "voters in Philadelphia who", "the man with a grudge against
        // Clinton who": a name after a preposition is as likely the
        // phrase's object as what the clause is about.
        if is_preposition(w) && ctx.is_cap(end - 1) {
            return None;
        }
        if !(ctx.is_word(i) || possessive)
            || is_preposition(w)
            || matches!(
                w,
                "and" | "or" | "but" | "nor" | "than" | "that" | "who" | "which"
            )
        {
            break;
        }
        let article = super::names::is_article(w);
        let verb = !article && !ctx.is_cap(i) && is_verb_form(w);
        if verb {
            break;
        }
        start = i;
        if article {
            break;
        }
    }
    // The phrase ends in a word, not in a possessive mark or an article
    // (but "those who …" is people).
    let last = ctx.low(end.saturating_sub(1));
    (start < end
        && ctx.is_word(end - 1)
        && (!super::names::is_article(last) || matches!(last, "those" | "these")))
    .then_some(start..end)
}

enum SourceRef {
    Name(usize),
    /// A name in apposition to a title, with the title's tokens.
    Titled(usize, Range<usize>),
    Extra(usize),
}

/// Token `i` is a lowercase past participle starting a reduced relative
/// clause ("polled by", "familiar with" is left to the preposition).
fn opens_participle(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.low(i);
    ctx.is_word(i)
        && !ctx.is_cap(i)
        && w.len() > 4
        && w.ends_with("ed")
        && !super::names::is_role_modifier(w)
        && is_preposition(ctx.low(i + 1))
}

/// Token `i` is a lowercase present participle after a head noun ("a union
/// representing flight attendants"): a verb form WordNet lists no noun for
/// ("building" is a noun and may be the head itself).
fn opens_ing_clause(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.low(i);
    ctx.is_word(i) && !ctx.is_cap(i) && w.len() > 5 && w.ends_with("ing") && is_verb_form(w)
}

/// A lowercase word that is a form of a verb and, as written, no noun
/// ("echoing", "asked"; not "building").
fn is_verb_form(w: &str) -> bool {
    crate::wordnet::exact(w).noun == 0 && crate::wordnet::classes(w).verb != 0
}

/// A dateline before a dash: a short run opening on an upper-case place
/// ("MOSCOW/VILNIUS", "LONDON (Wire)").
fn dateline(ctx: &Ctx, toks: Range<usize>) -> bool {
    let first = ctx.word(toks.start);
    !toks.is_empty()
        && toks.len() <= 8
        && first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && first.chars().all(|c| !c.is_lowercase())
}

fn all_caps(ctx: &Ctx, toks: &Range<usize>) -> bool {
    toks.clone().all(|i| {
        ctx.is_cap(i) || matches!(ctx.low(i), "of" | "for" | "and" | "on" | "the" | "’" | "'")
    })
}

/// Lowercase words of an organization name, without "the".
fn org_words(ctx: &Ctx, toks: &Range<usize>) -> Vec<String> {
    toks.clone()
        .map(|t| ctx.low(t).to_string())
        .filter(|w| w != "the")
        .collect()
}

/// `short` is `long` or `long` without closing organization words:
/// "Harbourline" for "Harbourline Group", "Brightfield" for "Brightfield Energy".
fn short_form_of(short: &[String], long: &[String]) -> bool {
    !short.is_empty()
        && long.starts_with(short)
        && long[short.len()..].iter().all(|w| is_org_word(w))
}

/// Unknown names that the document elsewhere writes as an organization, in
/// full or with a closing organization word, are that organization.
fn short_forms_of_orgs(ctx: &Ctx, names: &mut [Mention]) {
    // Surnames of people named in full: a bare "Benn" beside "Harold Benn"
    // is the man, whatever one context suggested.
    let surnames: HashSet<String> = names
        .iter()
        .filter(|m| m.kind == MKind::Name && m.class == Class::Person && m.toks.len() >= 2)
        .map(|m| surname_of(ctx, &m.toks))
        .collect();
    for m in names.iter_mut() {
        let w = ctx.low(m.toks.start);
        if m.kind == MKind::Name
            && m.class == Class::Org
            && m.toks.len() == 1
            && surnames.contains(w)
            && !is_org_word(w)
            && !is_known_org(w)
            && !is_acronym(ctx.word(m.toks.start))
        {
            m.class = Class::Unknown;
        }
    }
    let mut by_first: HashMap<String, Vec<Vec<String>>> = HashMap::new();
    for m in names.iter() {
        // Only names written in capitals all through: "Clinton campaign"
        // gives no organization "Clinton".
        if m.kind == MKind::Name && m.class == Class::Org && all_caps(ctx, &m.toks) {
            let words = org_words(ctx, &m.toks);
            if let Some(f) = words.first() {
                let list = by_first.entry(f.clone()).or_default();
                if list.len() < MAX_CANDIDATES && !list.contains(&words) {
                    list.push(words);
                }
            }
        }
    }
    for m in names.iter_mut() {
        if m.kind != MKind::Name
            || m.class != Class::Unknown
            || surnames.contains(&surname_of(ctx, &m.toks))
        {
            continue;
        }
        let words = org_words(ctx, &m.toks);
        let known = words
            .first()
            .and_then(|f| by_first.get(f))
            .is_some_and(|list| list.iter().any(|long| short_form_of(&words, long)));
        if known {
            m.class = Class::Org;
        }
    }
}

/// Resolves the speaker of every attribution (`None` where the source names
/// nobody and nothing can be inferred).
pub fn resolve(
    ctx: &Ctx,
    attributions: &[Attribution],
    posts: &[Post],
    byline: Option<&str>,
) -> Vec<Option<Speaker>> {
    let mut scan = Scan {
        ctx,
        singles: HashSet::new(),
        common: HashSet::new(),
        after_first: HashSet::new(),
        mid_caps: HashSet::new(),
    };
    let mut names = scan.names();
    names.sort_by_key(|m| m.toks.start);
    for m in names.iter_mut() {
        finish_mention(ctx, m);
    }
    // Words of a title are no mentions of their own ("Virginia" in "US
    // Attorney for the Eastern District of Virginia Dane Boente").
    let mut roles: Vec<Range<usize>> = names
        .iter()
        .filter_map(|m| m.role.clone().filter(|_| m.kind == MKind::Name))
        .collect();
    roles.sort_by_key(|r| r.start);
    // Running maximum of role ends: a mention lies inside some role iff the
    // roles starting at or before it reach past its end.
    let reach: Vec<usize> = roles
        .iter()
        .scan(0, |max, r| {
            *max = (*max).max(r.end);
            Some(*max)
        })
        .collect();
    names.retain(|m| {
        let k = roles.partition_point(|r| r.start <= m.toks.start);
        k == 0 || reach[k - 1] < m.toks.end
    });
    short_forms_of_orgs(ctx, &mut names);
    // Attribution sources.
    let mut extra: Vec<Mention> = Vec::new();
    let mut refs: Vec<Option<SourceRef>> = Vec::with_capacity(attributions.len());
    for a in attributions {
        let src = match (a.source.first(), a.source.last()) {
            (Some(f), Some(l)) => ctx.tokens_of_chars(f.start, l.end),
            _ => 0..0,
        };
        // A passive cue speaks through its agent, whatever the source span
        // says: "Oz has been called a charlatan by fellow physicians".
        let src = passive_agent(ctx, a).unwrap_or(src);
        let mut r = source_mention(ctx, src, &names, &mut extra);
        if let Some(SourceRef::Titled(i, role)) = r {
            if let Some(m) = names.get_mut(i) {
                if m.role.is_none() {
                    m.role = Some(role);
                }
            }
            r = Some(SourceRef::Name(i));
        }
        if let Some(SourceRef::Extra(i)) = r {
            // Names inside the reported words are not who reports them
            // ("People like Scott," he said).
            let hull = match (a.content.first(), a.content.last()) {
                (Some(f), Some(l)) => ctx.tokens_of_chars(f.start, l.end),
                _ => 0..0,
            };
            if let Some(m) = extra.get_mut(i) {
                m.own = hull;
            }
        }
        if let Some(SourceRef::Name(i)) = r {
            let m = &mut names[i];
            m.source = true;
            // A speaker named by an unknown word is a person; a place speaking is its government.
            match m.class {
                Class::Unknown => m.class = Class::Person,
                Class::Place => m.class = Class::Org,
                _ => {}
            }
        }
        refs.push(r);
    }
    // Author lines of embeds: their display names are speakers too.
    for p in posts {
        let r = ctx.tokens_of_bytes(p.name.clone());
        let first = names.partition_point(|m| m.toks.start < r.start);
        for m in names[first..]
            .iter_mut()
            .take_while(|m| m.toks.start < r.end)
        {
            m.source = true;
            if m.class == Class::Unknown {
                m.class = Class::Person;
            }
        }
    }
    for m in extra.iter_mut() {
        if m.kind == MKind::Nominal {
            let np_start = m.np_start;
            finish_mention(ctx, m);
            m.np_start = np_start;
        } else {
            finish_mention(ctx, m);
        }
    }
    // Subject pronouns outside quotations add salience.
    let taken: HashSet<usize> = extra.iter().map(|m| m.toks.start).collect();
    for i in 0..ctx.len() {
        if let Some(p @ (Pron::He | Pron::She)) = pronoun(ctx.low(i)) {
            if ctx.depth.get(i).is_some_and(|&d| d == 0) && !taken.contains(&i) {
                let mut m = Mention::new(ctx, i..i + 1, MKind::Pronoun(p), Class::Person);
                finish_mention(ctx, &mut m);
                extra.push(m);
            }
        }
    }
    // One list in document order; remember where each source went.
    let n_names = names.len();
    let mut all: Vec<(Mention, usize)> = names
        .into_iter()
        .chain(extra)
        .enumerate()
        .map(|(i, m)| (m, i))
        .collect();
    all.sort_by_key(|(m, _)| (m.toks.start, m.toks.end));
    let mut pos = vec![0usize; all.len()];
    for (new, (_, old)) in all.iter().enumerate() {
        pos[*old] = new;
    }
    let mut mentions: Vec<Mention> = all.into_iter().map(|(m, _)| m).collect();
    let links: Vec<Link> = refs
        .iter()
        .map(|r| match r {
            Some(SourceRef::Name(i)) => Link::Mention(pos[*i]),
            Some(SourceRef::Extra(i)) => Link::Mention(pos[n_names + *i]),
            Some(SourceRef::Titled(i, _)) => Link::Mention(pos[*i]),
            None => Link::None,
        })
        .collect();
    mark_subjects(ctx, &mut mentions);
    let mut entities = cluster(ctx, &mut mentions, &scan.common);
    note_kinds(ctx, &mentions, &mut entities);
    resolve_references(ctx, &mut mentions, &mut entities, byline);
    // Speakers.
    let mut speakers: Vec<Option<Speaker>> = attributions
        .iter()
        .zip(links)
        .map(|(a, link)| match link {
            Link::Mention(i) => Some(speaker_of(ctx, &mentions[i], &entities)),
            Link::None => participle_subject(ctx, a, &mentions)
                .map(|i| speaker_of(ctx, &mentions[i], &entities)),
        })
        .collect();
    quoted_first_person(ctx, attributions, &mut speakers);
    speakers
}

/// An "I" inside somebody's quotation ("'I told the players …,' Reyes
/// said") is whoever that quotation is attributed to.
fn quoted_first_person(ctx: &Ctx, attributions: &[Attribution], speakers: &mut [Option<Speaker>]) {
    for k in 0..attributions.len() {
        let [src] = attributions[k].source.as_slice() else {
            continue;
        };
        let toks = ctx.tokens_of_chars(src.start, src.end);
        let unnamed = speakers
            .get(k)
            .is_some_and(|s| s.as_ref().is_none_or(|s| s.name.is_none()));
        // Quoted: by depth, or by its own content opening a quotation left
        // unclosed at the paragraph's end ("‘… and I was worried.").
        let quoted = ctx.depth.get(toks.start).is_some_and(|&d| d > 0)
            || attributions[k]
                .content
                .first()
                .is_some_and(|c| c.text.starts_with(['\u{2018}', '\u{201c}', '"']));
        if toks.len() != 1 || ctx.word(toks.start) != "I" || !quoted || !unnamed {
            continue;
        }
        let outer = attributions.iter().enumerate().find_map(|(j, a)| {
            let inside = a
                .content
                .iter()
                .any(|c| c.start <= src.start && src.end <= c.end);
            let named = speakers
                .get(j)
                .and_then(|s| s.as_ref())
                .filter(|s| s.name.is_some() && s.kind == SpeakerType::Person);
            (j != k && inside).then_some(named).flatten().cloned()
        });
        // Else the quotation goes on from one attributed earlier in the
        // paragraph ("'…,' Reyes said. 'And I was worried.'").
        let par = ctx
            .layout
            .paragraphs
            .iter()
            .find(|p| p.start <= toks.start && toks.start < p.end);
        let before = || {
            let par = par?;
            attributions
                .iter()
                .enumerate()
                .filter(|(j, a)| {
                    *j != k
                        && matches!(a.kind, Kind::Direct | Kind::Mixed)
                        && a.content.last().is_some_and(|c| {
                            c.end <= src.start
                                && ctx.tokens_of_chars(c.start, c.end).start >= par.start
                        })
                })
                .filter_map(|(j, a)| {
                    let sp = speakers.get(j)?.as_ref()?;
                    let end = a.content.last()?.end;
                    (sp.name.is_some() && sp.kind == SpeakerType::Person).then(|| (end, sp.clone()))
                })
                .max_by_key(|(end, _)| *end)
                .map(|(_, sp)| sp)
        };
        if let Some(sp) = outer.or_else(before) {
            speakers[k] = Some(sp);
        }
    }
}

/// Records the descriptors of named organizations ("Brightfield Energy, the
/// battery maker,") so that "the maker" or "the company" can find them.
fn note_kinds(ctx: &Ctx, mentions: &[Mention], entities: &mut [Entity]) {
    for m in mentions.iter().filter(|m| m.kind == MKind::Name) {
        let Some(ent) = m.entity.and_then(|e| entities.get_mut(e)) else {
            continue;
        };
        if ent.class != Class::Org {
            continue;
        }
        if let Some(d) = descriptor_of(ctx, m, ctx.sentence(m.sent)) {
            let d = ctx.low(d).to_string();
            if !ent.kinds.contains(&d) {
                ent.kinds.push(d);
            }
        }
    }
}

fn speaker_of(ctx: &Ctx, m: &Mention, entities: &[Entity]) -> Speaker {
    let Some(e) = m.entity.and_then(|i| entities.get(i)) else {
        // Unresolved: a pronoun says nothing; a nominal says what it is.
        return match m.kind {
            MKind::Nominal => Speaker {
                name: None,
                kind: m.class.speaker_type(),
                role: (m.class == Class::Person)
                    .then(|| m.role.clone().map(|r| ctx.text(r).to_string()))
                    .flatten(),
            },
            _ => Speaker::default(),
        };
    };
    let own_role = match m.kind {
        MKind::Name => m.role_text(ctx),
        _ => None,
    };
    let role = match e.class {
        Class::Person => own_role.or_else(|| e.role.clone()),
        _ => None,
    };
    let name = match e.class {
        Class::Group => None,
        _ => e.name.clone(),
    };
    Speaker {
        name,
        kind: e.class.speaker_type(),
        role,
    }
}

/// "The Kremlin commented on the situation, stressing that …": with no
/// source, a participle cue after a comma takes the sentence subject.
fn participle_subject(ctx: &Ctx, a: &Attribution, mentions: &[Mention]) -> Option<usize> {
    let cue = a.cue.first()?;
    let r = ctx.tokens_of_chars(cue.start, cue.end);
    if r.is_empty()
        || !ctx.low(r.start).ends_with("ing")
        || r.start == 0
        || ctx.low(r.start - 1) != ","
    {
        return None;
    }
    let sent = ctx.sent(r.start);
    let from = mentions.partition_point(|m| m.sent < sent);
    mentions[from..]
        .iter()
        .take(WINDOW_MENTIONS)
        .take_while(|m| m.toks.end <= r.start)
        .position(|m| m.sent == sent && m.subject && m.entity.is_some())
        .map(|i| from + i)
}

fn surname_of(ctx: &Ctx, toks: &Range<usize>) -> String {
    let mut end = toks.end;
    while end > toks.start + 1 && is_name_suffix(ctx.low(end - 1)) {
        end -= 1;
    }
    // "O’Neill" and "O'Neill" are one surname, whichever apostrophe the
    // writer's keyboard gave.
    ctx.low(end - 1).replace(['’', '‘'], "'")
}

/// Plurals of people that take "'s" as a possessive ("Fishermen's").
fn is_irregular_plural_person(lower: &str) -> bool {
    matches!(lower, "men" | "women" | "children" | "people")
        || lower.ends_with("men")
            && lower.len() > 5
            && is_person_noun(&format!("{}man", &lower[..lower.len() - 3]))
}

/// Two surnames of five letters or more that differ in one inner letter
/// only, the likeliest typo ("wines" / "wimes"): the first and last letters,
/// which readers and spell checkers see first, agree.
fn one_letter_off(a: &str, b: &str) -> bool {
    // Compared in place: this runs against every surname of the document.
    let len = a.chars().count();
    len == b.chars().count()
        && len >= 5
        && a.chars().next() == b.chars().next()
        && a.chars().next_back() == b.chars().next_back()
        && a.chars().zip(b.chars()).filter(|(x, y)| x != y).count() == 1
}

fn first_compatible(a: &str, b: &str) -> bool {
    let a = a.trim_end_matches('.');
    let b = b.trim_end_matches('.');
    a == b
        || (a.chars().count() == 1 && b.starts_with(a))
        || (b.chars().count() == 1 && a.starts_with(b))
}

/// Salience of people by name mentions so far, decaying with every sentence.
#[derive(Default)]
struct Heat(HashMap<usize, (f32, usize, u32)>);

impl Heat {
    fn add(&mut self, e: usize, m: &Mention) {
        let recent = self.recent(e, m.sent);
        let count = self.0.get(&e).map_or(0, |x| x.2);
        self.0
            .insert(e, (recent + m.weight(), m.sent, count.saturating_add(1)));
    }

    /// Recent salience, halving with every sentence.
    fn recent(&self, e: usize, sent: usize) -> f32 {
        self.0.get(&e).map_or(0.0, |&(h, s, _)| {
            h * 0.5f32.powi(sent.saturating_sub(s).min(64) as i32)
        })
    }

    /// Recent salience plus lasting prominence (capped at 20 mentions).
    fn at(&self, e: usize, sent: usize) -> f32 {
        let count = self.0.get(&e).map_or(0, |x| x.2.min(20));
        self.recent(e, sent) + PROMINENCE * count as f32
    }
}

/// Groups name mentions into entities.
fn cluster(ctx: &Ctx, mentions: &mut [Mention], common: &HashSet<String>) -> Vec<Entity> {
    // The entity's first word inside a longer run, not at its end: "Mr.
    // Guajardo Villarreal" and "Ildefonso Guajardo Villarreal" are one man.
    let within = |toks: &Range<usize>, first: &str| {
        (toks.start + 1..toks.end.saturating_sub(1)).any(|i| ctx.low(i) == first)
    };
    let mut entities: Vec<Entity> = Vec::new();
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::new();
    // Full person names first, over the whole document.
    // Middle words of each entity's first full mention.
    let mut middles: HashMap<usize, Vec<String>> = HashMap::new();
    for m in mentions.iter_mut() {
        if m.kind != MKind::Name || m.class != Class::Person || m.toks.len() < 2 {
            continue;
        }
        let surname = surname_of(ctx, &m.toks);
        let first = ctx.low(m.toks.start).to_string();
        let list = by_surname.entry(surname.clone()).or_default();
        let found = list.iter().copied().take(MAX_CANDIDATES).find(|&e| {
            entities[e].first.as_deref().is_none_or(|f| {
                first_compatible(f, &first)
                    || within(&m.toks, f)
                    || middles.get(&e).is_some_and(|w| w.contains(&first))
            })
        });
        let e = match found {
            Some(e) => e,
            None => {
                let mut ent = Entity::new(Class::Person);
                ent.surname = Some(surname);
                ent.first = Some(first.clone());
                ent.offer_gender(first_name_gender(&first).unwrap_or(Gender::Unknown));
                entities.push(ent);
                list.push(entities.len() - 1);
                let inner = m.toks.start + 1..m.toks.end.saturating_sub(1);
                middles.insert(
                    entities.len() - 1,
                    inner.map(|i| ctx.low(i).to_string()).collect(),
                );
                entities.len() - 1
            }
        };
        m.entity = Some(e);
    }
    // Full-looking runs of unknown words: candidate full forms for surnames.
    let mut unknown_full: HashMap<String, String> = HashMap::new();
    for m in mentions.iter() {
        if m.kind == MKind::Name
            && m.class == Class::Unknown
            && (2..=3).contains(&m.toks.len())
            && m.toks.clone().all(|i| !common.contains(ctx.low(i)))
        {
            unknown_full
                .entry(surname_of(ctx, &m.toks))
                .or_insert_with(|| ctx.text(m.toks.clone()).to_string());
        }
    }
    // Organizations by normalized name; one a word-suffix of the other merges.
    // Keyed by the last word (a suffix shares it); each list holds distinct names.
    let mut orgs: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::new();
    // Keyed by the first word, for short forms ("Harbourline" of "Harbourline Group").
    let mut org_starts: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::new();
    for m in mentions.iter_mut() {
        if m.kind == MKind::Name && m.class == Class::Org {
            let words = org_words(ctx, &m.toks);
            let caps = all_caps(ctx, &m.toks);
            let (Some(first), Some(last)) = (words.first().cloned(), words.last().cloned()) else {
                continue;
            };
            let list = orgs.entry(last).or_default();
            let found = list
                .iter()
                .take(MAX_CANDIDATES)
                .find(|(w, _)| w.ends_with(&words) || words.ends_with(w))
                .map(|(w, e)| (*e, *w == words))
                .or_else(|| {
                    org_starts.get(&first).filter(|_| caps).and_then(|l| {
                        l.iter()
                            .take(MAX_CANDIDATES)
                            .find(|(w, _)| short_form_of(w, &words) || short_form_of(&words, w))
                            .map(|(_, e)| (*e, false))
                    })
                });
            let e = match found {
                Some((e, true)) => e,
                Some((e, false)) => {
                    list.push((words.clone(), e));
                    e
                }
                None => {
                    entities.push(Entity::new(Class::Org));
                    list.push((words.clone(), entities.len() - 1));
                    entities.len() - 1
                }
            };
            let starts = org_starts.entry(first).or_default();
            if starts.len() < MAX_CANDIDATES && caps && !starts.iter().any(|(w, _)| *w == words) {
                starts.push((words, e));
            }
            m.entity = Some(e);
        }
    }
    // Honorifics on bare surnames vote for the gender of the person a bare
    // surname means ("Mr. Obama" throughout: plain "Obama" is the man).
    let mut votes: HashMap<String, (u32, u32)> = HashMap::new();
    for m in mentions.iter() {
        if m.kind == MKind::Name && m.entity.is_none() && m.gender != Gender::Unknown {
            let v = votes.entry(surname_of(ctx, &m.toks)).or_default();
            match m.gender {
                Gender::Male => v.0 += 1,
                _ => v.1 += 1,
            }
        }
    }
    let mut heat = Heat::default();
    // Surnames and titled single names, in document order: among people
    // sharing the surname, the one mentioned last (or, before any of them is
    // mentioned, the first introduced).
    for m in mentions.iter_mut() {
        if m.kind != MKind::Name || !matches!(m.class, Class::Person | Class::Unknown) {
            continue;
        }
        if let Some(e) = m.entity {
            if entities[e].class == Class::Person {
                entities[e].last_seen = m.toks.start + 1;
                heat.add(e, m);
            }
            continue;
        }
        let surname = surname_of(ctx, &m.toks);
        // A run with its own first word ("Rakeyia Scott" beside "Keith
        // Lamont Scott") is somebody else of that surname.
        let own_first = (m.toks.len() >= 2).then(|| ctx.low(m.toks.start).to_string());
        let candidates: Vec<usize> = by_surname
            .get(&surname)
            .map(|v| {
                v.iter()
                    .copied()
                    .filter(|&e| match (&own_first, &entities[e].first) {
                        (Some(a), Some(b)) => first_compatible(a, b) || within(&m.toks, b),
                        _ => true,
                    })
                    .take(MAX_CANDIDATES)
                    .collect()
            })
            .unwrap_or_default();
        // A bare surname nobody bears, one letter off a surname somebody
        // does ("Wines" after "Leslie Wimes"), is a typo for it when no one
        // else is that close. Not for a word the document also writes in
        // lowercase ("Hands" is no "Hanks"), and not in a document of more
        // surnames than any article has (the scan is linear in them).
        let candidates = if candidates.is_empty()
            && own_first.is_none()
            && !common.contains(&surname)
            && by_surname.len() <= MAX_TYPO_SURNAMES
        {
            let mut near = by_surname
                .iter()
                .filter(|(s, _)| one_letter_off(&surname, s))
                .map(|(_, v)| v);
            match (near.next(), near.next()) {
                (Some(v), None) if v.len() == 1 => v.clone(),
                _ => candidates,
            }
        } else {
            candidates
        };
        // A bare first name that is nobody's surname ("her mother, Fiona,"
        // … "Fiona Parry") is the one person of the document with that
        // first name; with two of them it stays unresolved.
        // The person's own surname must look like one: no "Sanders Iowa"
        // made of a title-case headline.
        // Not one of coordinated first names ("David and Jeanne Heidler").
        let by_first = candidates.is_empty()
            && own_first.is_none()
            && !matches!(ctx.low(m.toks.end), "and" | "&")
            && is_first_name(&surname)
            && !common.contains(&surname)
            && !unknown_full.contains_key(&surname);
        let candidates = if by_first {
            let mut named = entities
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    e.class == Class::Person
                        && e.first.as_deref() == Some(&surname)
                        && e.surname
                            .as_deref()
                            .is_some_and(|s| !common.contains(s) && !is_place(s))
                })
                .map(|(i, _)| i);
            match (named.next(), named.next()) {
                (Some(e), None) => vec![e],
                _ => candidates,
            }
        } else {
            candidates
        };
        // Gender narrows the people sharing a surname ("Mr. Obama" is not
        // Michelle Obama); among the rest, the most salient (recent mentions
        // plus how often the article returned to them), else the first
        // introduced: news names relatives in full and leaves the bare
        // surname to the main person.
        let gender = match (m.gender, votes.get(&surname)) {
            (Gender::Unknown, Some(&(male, female))) if male > 2 * female => Gender::Male,
            (Gender::Unknown, Some(&(male, female))) if female > 2 * male => Gender::Female,
            (g, _) => g,
        };
        let fits: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&e| {
                gender == Gender::Unknown
                    || entities[e].gender == Gender::Unknown
                    || entities[e].gender == gender
            })
            .collect();
        let pool = if fits.is_empty() { &candidates } else { &fits };
        let chosen = match pool.len() {
            0 => None,
            1 => pool.first().copied(),
            _ => pool
                .iter()
                .map(|&e| (e, heat.at(e, m.sent)))
                .filter(|&(_, h)| h >= MIN_HEAT)
                .max_by(|a, b| a.1.partial_cmp(&b.1).unwrap_or(std::cmp::Ordering::Equal))
                .map(|(e, _)| e)
                .or_else(|| pool.first().copied()),
        };
        let e = match chosen {
            Some(e) => Some(e),
            None if m.class == Class::Person
                || own_first.is_some() && by_surname.contains_key(&surname) =>
            {
                let mut ent = Entity::new(Class::Person);
                ent.surname = Some(surname.clone());
                ent.first = own_first.clone();
                if let Some(full) = unknown_full.get(&surname).filter(|_| own_first.is_none()) {
                    ent.offer_name(full, full.split_whitespace().count());
                }
                entities.push(ent);
                by_surname
                    .entry(surname)
                    .or_default()
                    .push(entities.len() - 1);
                Some(entities.len() - 1)
            }
            None => None,
        };
        if let Some(e) = e {
            m.class = Class::Person;
            m.entity = Some(e);
            entities[e].last_seen = m.toks.start + 1;
            // Called by a first name is how news writes of relatives and
            // children: no claim on the bare surname of the main person.
            if !by_first {
                heat.add(e, m);
            }
        }
    }
    // Names, genders and roles from every mention.
    for m in mentions.iter() {
        let Some(e) = m.entity else { continue };
        let ent = &mut entities[e];
        let text = ctx.text(m.toks.clone());
        // A longer run joined by its surname must start with a compatible
        // first name: "the Washington Post Trump said" names no one new.
        let foreign = ent.class == Class::Person
            && m.toks.len() >= 2
            && ent.first.as_deref().is_some_and(|f| {
                !first_compatible(f, ctx.low(m.toks.start)) && !within(&m.toks, f)
            });
        if !foreign {
            ent.offer_name(text, m.toks.len());
        }
        ent.offer_gender(m.gender);
        if ent.class == Class::Person {
            if let Some(r) = m.role_text(ctx) {
                ent.offer_role(&r);
            }
        }
    }
    for ent in entities.iter_mut() {
        if let Some(n) = &ent.name {
            ent.name_words = n.split_whitespace().map(str::to_lowercase).collect();
        }
        if ent.class == Class::Person {
            if let Some(s) = &ent.surname {
                ent.offer_gender(surname_gender(s));
            }
            if let Some(role) = &ent.role {
                let last = role.split_whitespace().last().unwrap_or("").to_lowercase();
                ent.offer_gender(noun_gender(&last));
            }
        }
    }
    entities
}

fn agrees(p: Pron, e: &Entity) -> bool {
    match p {
        Pron::He => e.class == Class::Person && e.gender != Gender::Female,
        Pron::She => e.class == Class::Person && e.gender != Gender::Male,
        Pron::They => matches!(e.class, Class::Org | Class::Group),
        Pron::It => e.class == Class::Org,
        Pron::Other => false,
    }
}

/// The most salient entity before mention `at` that passes `ok`.
fn salient(
    mentions: &[Mention],
    at: usize,
    entities: &[Entity],
    ok: &dyn Fn(&Entity) -> bool,
) -> Option<usize> {
    salient_by(mentions, at, entities, &|e| if ok(e) { 1.0 } else { 0.0 })
}

/// How well entity `e` fits "he" or "she" (`p`), as a factor on salience.
/// A first name given to both sexes but mostly to the other one ("Chris"
/// for "she") weighs less, so that a sentence's subject "Chris Christie"
/// does not take the "she" an object named "Hillary Clinton" fits for sure;
/// a "Kelly" keeps her "she". Agreement itself is [`agrees`]'s.
fn gender_fit(p: Pron, e: &Entity) -> f32 {
    if !agrees(p, e) {
        return 0.0;
    }
    let lean = match e.gender {
        Gender::Unknown => e.first.as_deref().and_then(first_name_lean),
        _ => None,
    };
    match (p, lean) {
        (Pron::He, Some(Gender::Female)) | (Pron::She, Some(Gender::Male)) => 0.3,
        _ => 1.0,
    }
}

/// The entity before mention `at` with the highest salience times
/// `fit(entity)`; entities that fit 0 are never taken.
fn salient_by(
    mentions: &[Mention],
    at: usize,
    entities: &[Entity],
    fit: &dyn Fn(&Entity) -> f32,
) -> Option<usize> {
    let here = &mentions[at];
    let mut scores: Vec<(usize, f32, usize)> = Vec::new();
    for j in (at.saturating_sub(WINDOW_MENTIONS)..at).rev() {
        let m = &mentions[j];
        if m.section != here.section || here.sent.saturating_sub(m.sent) > WINDOW_SENTENCES {
            break;
        }
        if m.toks.end > here.toks.start
            || (here.own.start <= m.toks.start && m.toks.end <= here.own.end)
        {
            continue;
        }
        let Some(e) = m.entity else { continue };
        let fit = fit(&entities[e]);
        if fit <= 0.0 {
            continue;
        }
        let mut w = fit * m.weight() * 0.5f32.powi((here.sent - m.sent) as i32);
        // The subject of the pronoun's own sentence binds it most closely
        // ("Lauer faced criticism after he asked …").
        if m.sent == here.sent && m.subject {
            w *= 2.0;
        }
        match scores.iter_mut().find(|(x, _, _)| *x == e) {
            Some(s) => s.1 += w,
            None => scores.push((e, w, j)),
        }
    }
    scores
        .into_iter()
        .max_by(|a, b| {
            a.1.partial_cmp(&b.1)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.2.cmp(&b.2))
        })
        .map(|(e, _, _)| e)
}

/// "The report says … It also points out …": whether an unnamed thing that
/// is no organization ("the report", "the study") was a source in this or
/// the previous sentence after the last mention of entity `e`. The "it" is
/// then that thing, whose speaker the text leaves unknown, not `e`.
fn thing_spoke_since(mentions: &[Mention], at: usize, e: usize) -> bool {
    let here = &mentions[at];
    mentions[..at]
        .iter()
        .rev()
        .take_while(|m| m.section == here.section && m.sent + 1 >= here.sent)
        .take_while(|m| m.entity != Some(e))
        .any(|m| m.source && !m.quoted && m.kind == MKind::Nominal && m.class == Class::Unknown)
}

/// A name introduced just after mention `at` (same section, next sentences),
/// as subject or speaker: the antecedent of a cataphoric reference.
fn ahead(
    mentions: &[Mention],
    at: usize,
    entities: &[Entity],
    ok: &dyn Fn(&Entity) -> bool,
) -> Option<usize> {
    let here = &mentions[at];
    mentions[at + 1..]
        .iter()
        .take(WINDOW_MENTIONS)
        .take_while(|m| m.section == here.section && m.sent <= here.sent + AHEAD_SENTENCES)
        .filter(|m| {
            m.sent > here.sent && m.kind == MKind::Name && !m.quoted && (m.subject || m.source)
        })
        .filter_map(|m| m.entity)
        .find(|&e| ok(&entities[e]))
}

/// The person named right after a titled nominal ("the expert told RT.
/// Doctorow said …"), given the nominal's title when they have none yet.
fn introduced(
    ctx: &Ctx,
    mentions: &[Mention],
    at: usize,
    entities: &mut [Entity],
    ok: &dyn Fn(&Entity) -> bool,
    role: &Option<String>,
) -> Option<usize> {
    let e = ahead(mentions, at, entities, ok)?;
    // Somebody introduced with a title of their own that the nominal does
    // not name ("The librarian said … Councillor Dean Howarth said") is
    // somebody else.
    let words: Vec<&str> = mentions[at]
        .toks
        .clone()
        .filter(|&i| ctx.is_word(i))
        .map(|i| ctx.low(i))
        .collect();
    if !entities[e].role_words.is_empty()
        && !role_matches(&words, &entities[e])
        && (!words.last().is_some_and(|h| is_role_noun(h))
            || other_title(words.last().copied(), &entities[e]))
    {
        return None;
    }
    if let Some(r) = role {
        if entities[e].role.is_none() {
            entities[e].offer_role(r);
        }
    }
    Some(e)
}

/// The entity's own title is headed by a different person noun than the
/// nominal's head `head`: "the witness" is not "Kevin Holt, the solicitor".
fn other_title(head: Option<&str>, e: &Entity) -> bool {
    let (Some(head), Some(role)) = (head, e.role.as_deref()) else {
        return false;
    };
    // The role's head: its last word before any prepositional phrase.
    let own = role
        .split_whitespace()
        .map(|w| {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .take_while(|w| !is_preposition(w))
        .last();
    own.is_some_and(|own| {
        own != head && is_person_noun(&own) && !synonyms(head).contains(&own.as_str())
    })
}

/// Does a nominal ("the attorney general", as lowercase words) match an entity's titles?
fn role_matches(words: &[&str], e: &Entity) -> bool {
    if e.class != Class::Person || e.role_words.is_empty() {
        return false;
    }
    let Some(&head) = words.last() else {
        return false;
    };
    // Either way round: the nominal's head may be the wider word ("the
    // diplomat" for a minister), or the title the wider one.
    let same = |a: &str, b: &str| a == b || synonyms(a).contains(&b) || synonyms(b).contains(&a);
    let has = |w: &str| e.role_words.iter().any(|r| same(r, w));
    if !has(head) {
        return false;
    }
    // "the general" is not "Attorney General"; "the attorney general" is.
    if head == "general" {
        return words.len() >= 2 && has(words[words.len() - 2]);
    }
    true
}

fn synonyms(w: &str) -> &'static [&'static str] {
    match w {
        "spokesman" | "spokeswoman" | "spokesperson" => {
            &["spokesman", "spokeswoman", "spokesperson"]
        }
        "expert" | "analyst" | "specialist" | "scholar" | "researcher" | "commentator"
        | "economist" => &[
            "expert",
            "analyst",
            "specialist",
            "scholar",
            "researcher",
            "commentator",
            "economist",
            "professor",
        ],
        "lawmaker" | "legislator" | "senator" | "congressman" | "congresswoman"
        | "representative" => &[
            "lawmaker",
            "legislator",
            "senator",
            "congressman",
            "congresswoman",
            "representative",
        ],
        "official" => &[
            "officer",
            "minister",
            "secretary",
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "director",
        ],
        "diplomat" => &["ambassador", "envoy", "diplomat", "minister"],
        // US state trial courts are "Supreme Court" with "Justice"s.
        "judge" | "justice" | "magistrate" => &["judge", "justice", "magistrate"],
        _ => &[],
    }
}

/// Entities seen last, most recent first, without repeats: where a
/// nominal looks for a title holder or an organization beyond the salience
/// window.
struct Recent(Vec<usize>);

impl Recent {
    fn touch(&mut self, e: usize) {
        if let Some(k) = self.0.iter().position(|&x| x == e) {
            self.0.remove(k);
        }
        self.0.insert(0, e);
        self.0.truncate(MAX_RECENT);
    }

    fn find(&self, ok: impl Fn(usize) -> bool) -> Option<usize> {
        self.0.iter().copied().find(|&e| ok(e))
    }
}

/// Resolves pronouns and nominals in document order.
fn resolve_references(
    ctx: &Ctx,
    mentions: &mut [Mention],
    entities: &mut Vec<Entity>,
    byline: Option<&str>,
) {
    let mut recent = Recent(Vec::new());
    for at in 0..mentions.len() {
        let (kind, source, pos) = (
            mentions[at].kind,
            mentions[at].source,
            mentions[at].toks.start,
        );
        let chosen = match (mentions[at].entity, kind) {
            (Some(e), _) => Some(e),
            (None, MKind::Name) => None,
            (None, MKind::Pronoun(Pron::Other))
                if source && !mentions[at].quoted && ctx.low(pos) == "i" =>
            {
                author(ctx, mentions, entities).or_else(|| byline_author(byline, entities))
            }
            // "My wife and I arrived … we are convinced": a "we" after a
            // coordinated "I" is that pair or family, a group.
            (None, MKind::Pronoun(Pron::Other))
                if source && ctx.low(pos) == "we" && coordinated_i_before(ctx, pos) =>
            {
                entities.push(Entity::new(Class::Group));
                Some(entities.len() - 1)
            }
            (None, MKind::Pronoun(p)) => {
                let ok = |e: &Entity| agrees(p, e);
                let back = salient_by(mentions, at, entities, &|e| gender_fit(p, e))
                    .filter(|&e| !(p == Pron::It && thing_spoke_since(mentions, at, e)));
                match back {
                    Some(e) => Some(e),
                    None if source && matches!(p, Pron::He | Pron::She) => {
                        // Nothing before in this section: a name right after may introduce the speaker.
                        ahead(mentions, at, entities, &ok)
                    }
                    None => None,
                }
            }
            // A collective opening a sentence is something "they" can mean.
            (None, MKind::Nominal) if !source && mentions[at].class == Class::Group => {
                mentions[at].subject.then(|| {
                    entities.push(Entity::new(Class::Group));
                    entities.len() - 1
                })
            }
            // Titles without a name that nobody quotes add nothing.
            (None, MKind::Nominal) if !source => None,
            (None, MKind::Nominal) => resolve_nominal(ctx, mentions, at, entities, &recent),
        };
        if let Some(e) = chosen {
            if let (None, MKind::Pronoun(p)) = (mentions[at].entity, kind) {
                entities[e].offer_gender(match p {
                    Pron::He => Gender::Male,
                    Pron::She => Gender::Female,
                    _ => Gender::Unknown,
                });
            }
            entities[e].last_seen = pos;
            recent.touch(e);
        }
        mentions[at].entity = chosen;
    }
}

/// A named organization introduced in the next sentences that shares the
/// nominal's head noun ("a federal appeals court" … "the U.S. Court of
/// Appeals") or two of its other words ("a union representing flight
/// attendants" … "the Association of Flight Attendants").
fn named_body_ahead(
    ctx: &Ctx,
    mentions: &[Mention],
    at: usize,
    entities: &[Entity],
) -> Option<usize> {
    let here = &mentions[at];
    let words: Vec<&str> = here
        .toks
        .clone()
        .filter(|&i| ctx.is_word(i))
        .map(|i| ctx.low(i))
        .filter(|w| w.len() > 2 && !is_preposition(w) && !super::names::is_article(w))
        .collect();
    let fits = |e: &Entity| {
        let has = |w: &str| e.name_words.iter().any(|n| n == w);
        e.class == Class::Org
            && e.name.is_some()
            && (has(&here.head)
                || body_synonyms(&here.head).iter().any(|w| has(w))
                || words.iter().filter(|w| has(w)).count() >= 2)
    };
    // A headline's body ("Port authority defends …") is named in the lede,
    // past a caption or a standfirst and across the heading's section break.
    let headline = in_headline(ctx, here.sent);
    let reach = if headline {
        WINDOW_SENTENCES
    } else {
        AHEAD_SENTENCES
    };
    mentions[at + 1..]
        .iter()
        .take(WINDOW_MENTIONS)
        .take_while(|x| (headline || x.section == here.section) && x.sent <= here.sent + reach)
        .filter(|x| x.sent > here.sent && x.kind == MKind::Name && !x.quoted)
        .filter_map(|x| x.entity)
        .find(|&e| fits(&entities[e]))
}

/// The first token at or after `from` (before `end`) that is no article or
/// possessive determiner.
fn past_articles(ctx: &Ctx, mut from: usize, end: usize) -> usize {
    while from < end && super::names::is_article(ctx.low(from)) {
        from += 1;
    }
    from
}

/// Sentence `sent` is the headline (the document's first sentence) or a
/// heading.
fn in_headline(ctx: &Ctx, sent: usize) -> bool {
    sent == 0 || ctx.heading_sent.get(sent).copied().unwrap_or(false)
}

/// A title without determiner opening a headline ("Mayor defends …").
fn headline_title(ctx: &Ctx, m: &Mention) -> bool {
    let headline = in_headline(ctx, m.sent);
    headline
        && !m.definite
        && m.np_start == ctx.sentence(m.sent).start
        && m.toks.start == m.np_start
        && ctx.is_cap(m.toks.start)
        && is_role_noun(&m.head)
}

/// Sentences looked back for a coordinated "X and I" before a "we".
const WE_SENTENCES: usize = 3;

/// "… and I" / "… and me" in the few sentences before token `pos` (same
/// section): the people a following "we" stands for.
fn coordinated_i_before(ctx: &Ctx, pos: usize) -> bool {
    let (sent, section) = (ctx.sent(pos), ctx.section(pos));
    let from = ctx
        .sentence(sent.saturating_sub(WE_SENTENCES))
        .start
        .min(pos);
    (from + 1..pos).any(|i| {
        ctx.section(i) == section
            && ctx.low(i - 1) == "and"
            && (ctx.word(i) == "I" || ctx.low(i) == "me")
    })
}

/// The author of a first-person piece, when a closing bio names them
/// ("Jane Doe is a playwright…", in the last two paragraphs).
fn author(ctx: &Ctx, mentions: &[Mention], entities: &mut Vec<Entity>) -> Option<usize> {
    let pars = &ctx.layout.paragraphs;
    let from = pars
        .len()
        .checked_sub(2)
        .and_then(|p| pars.get(p))
        .map_or(0, |r| r.start);
    let k = mentions.partition_point(|m| m.toks.start < from);
    let bio = mentions[k..].iter().find(|m| {
        m.kind == MKind::Name
            && matches!(m.class, Class::Person | Class::Unknown)
            && m.toks.len() >= 2
            && pars.iter().any(|p| p.start == m.np_start.min(m.toks.start))
            && matches!(
                ctx.low(m.toks.end),
                "is" | "was" | "writes" | "teaches" | "has"
            )
    })?;
    if let Some(e) = bio.entity {
        return Some(e);
    }
    Some(new_person(
        entities,
        ctx.text(bio.toks.clone()),
        bio.toks.len(),
    ))
}

/// A person entity named `name` (of `tokens` tokens) that no mention
/// introduced: an article's author.
fn new_person(entities: &mut Vec<Entity>, name: &str, tokens: usize) -> usize {
    let mut ent = Entity::new(Class::Person);
    ent.offer_name(name, tokens);
    ent.name_words = name.split_whitespace().map(str::to_lowercase).collect();
    entities.push(ent);
    entities.len() - 1
}

/// The one author a byline names ("By Jane Doe" → Jane Doe): the person
/// of that name when the text has them, else a new one. Several authors
/// ("Jane Doe and Max Roe") make "I" nobody in particular.
fn byline_author(byline: Option<&str>, entities: &mut Vec<Entity>) -> Option<usize> {
    let line = byline?.trim();
    let name = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("by "))
        .unwrap_or(line)
        .trim();
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let several = words.iter().any(|w| matches!(w.as_str(), "and" | "&")) || name.contains(',');
    // A byline that is a desk ("BBC News") or carries a date is no person.
    let not_a_name = words.iter().any(|w| {
        w.chars().any(|c| c.is_ascii_digit())
            || is_org_word(w)
            || is_known_org(w)
            || is_calendar_word(w)
    });
    if several
        || not_a_name
        || !(2..=5).contains(&words.len())
        || !name.starts_with(char::is_uppercase)
    {
        return None;
    }
    if let Some(e) = entities
        .iter()
        .position(|e| e.class == Class::Person && e.name_words == words)
    {
        return Some(e);
    }
    Some(new_person(entities, name, words.len()))
}

fn resolve_nominal(
    ctx: &Ctx,
    mentions: &[Mention],
    at: usize,
    entities: &mut Vec<Entity>,
    recent: &Recent,
) -> Option<usize> {
    let m = &mentions[at];
    let gender = m.gender;
    let gender_ok = move |e: &Entity| {
        gender == Gender::Unknown || e.gender == Gender::Unknown || e.gender == gender
    };
    let role_text = m.role.clone().map(|r| ctx.text(r).to_string());
    let fresh = |entities: &mut Vec<Entity>, class: Class| {
        let mut ent = Entity::new(class);
        ent.gender = gender;
        if let Some(r) = &role_text {
            ent.offer_role(r);
        }
        ent.last_seen = m.toks.start;
        entities.push(ent);
        Some(entities.len() - 1)
    };
    match m.class {
        Class::Person if m.definite => {
            let words: Vec<&str> = m
                .toks
                .clone()
                .filter(|&i| ctx.is_word(i))
                .map(|i| ctx.low(i))
                .collect();
            // An entity with this title, most salient first, then the latest seen.
            let titled = |e: &Entity| role_matches(&words, e) && gender_ok(e);
            let by_role = salient(mentions, at, entities, &titled)
                .or_else(|| recent.find(|e| titled(&entities[e])));
            let named = |e: &Entity| e.class == Class::Person && e.name.is_some() && gender_ok(e);
            match by_role {
                Some(e) if entities[e].name.is_some() => return by_role,
                // The title was met before without a name (a headline's
                // "Minister defends …"): a name introduced right after is
                // still who it is.
                Some(_) => {
                    return introduced(ctx, mentions, at, entities, &named, &role_text).or(by_role)
                }
                None => {}
            }
            // "The woman" already met as "the woman" earlier is somebody the
            // text keeps unnamed, not the next name introduced.
            let head = m.head.as_str();
            let section = m.section;
            let met_before = (m.np_start.saturating_sub(LOOK_BACK_TOKENS)..m.np_start)
                .rev()
                .take_while(|&i| ctx.section(i) == section)
                .any(|i| i > 0 && ctx.low(i) == head && super::names::is_article(ctx.low(i - 1)));
            if met_before {
                return fresh(entities, Class::Person);
            }
            introduced(ctx, mentions, at, entities, &named, &role_text)
                .or_else(|| fresh(entities, Class::Person))
        }
        // A headline's bare title ("Mayor defends car ban"): the person the
        // article's first sentences name with that title.
        Class::Person if headline_title(ctx, m) => {
            let words: Vec<&str> = m
                .toks
                .clone()
                .filter(|&i| ctx.is_word(i))
                .map(|i| ctx.low(i))
                .collect();
            let titled = |e: &Entity| e.name.is_some() && role_matches(&words, e) && gender_ok(e);
            mentions[at + 1..]
                .iter()
                .take(WINDOW_MENTIONS)
                .take_while(|x| x.sent <= m.sent + WINDOW_SENTENCES)
                .filter(|x| x.kind == MKind::Name && !x.quoted)
                .filter_map(|x| x.entity)
                .find(|&e| entities.get(e).is_some_and(titled))
                .or_else(|| fresh(entities, Class::Person))
        }
        // "A group of voters said": a collective unless a body is meant.
        Class::Org if m.head == "group" && !m.definite => fresh(entities, Class::Group),
        // "A federal appeals court ruled … the U.S. Court of Appeals for …":
        // an indefinite body the next sentences name.
        Class::Org if !m.definite => {
            named_body_ahead(ctx, mentions, at, entities).or_else(|| fresh(entities, Class::Org))
        }
        Class::Org if m.definite => {
            let head = m.head.as_str();
            // Plain modifiers of the nominal ("the economy ministry") must be
            // words of the name: that is no "Foreign Ministry".
            let modifiers: Vec<&str> = m
                .toks
                .clone()
                .take_while(|&i| ctx.low(i) != head)
                .filter(|&i| ctx.is_word(i) && !ctx.is_cap(i))
                .map(|i| ctx.low(i))
                .filter(|w| !super::names::is_article(w))
                .collect();
            let heads = body_synonyms(head);
            let same_head = |e: &Entity| {
                let called = |w: &String| w == head || heads.contains(&w.as_str());
                e.class == Class::Org
                    && (e.name_words.iter().any(called) || e.kinds.iter().any(called))
                    && modifiers
                        .iter()
                        .all(|md| e.name_words.iter().any(|w| w == md))
            };
            // "The company", "the firm": any named business, when nothing
            // narrows it ("the parent company" may be another one).
            let generic = is_generic_business_noun(head) && modifiers.is_empty();
            let business =
                |e: &Entity| same_head(e) || (generic && e.name.is_some() && e.is_business());
            let named = salient(mentions, at, entities, &business)
                .or_else(|| recent.find(|e| business(&entities[e])));
            if named.is_some() || head != "group" {
                return named
                    .or_else(|| named_body_ahead(ctx, mentions, at, entities))
                    .or_else(|| fresh(entities, Class::Org));
            }
            // "The group" is a body only as a short reference to one just
            // named ("… the Friends of the Library. The group wants …");
            // after "group" as a common noun ("the group of voters … The
            // group also views …") it is that collective.
            let section = m.section;
            let common_before = (m.np_start.saturating_sub(LOOK_BACK_TOKENS)..m.np_start)
                .rev()
                .take_while(|&i| ctx.section(i) == section)
                .any(|i| {
                    // "the group of voters", "the high-earning group"; not
                    // an earlier bare "the group".
                    ctx.low(i) == "group"
                        && (ctx.low(i.saturating_sub(1)) != "the" || ctx.low(i + 1) == "of")
                });
            let sent = m.sent;
            let body = |e: &Entity| e.class == Class::Org && e.name.is_some();
            let just_named = (!common_before)
                .then(|| {
                    mentions[..at]
                        .iter()
                        .rev()
                        .take(WINDOW_MENTIONS)
                        .take_while(|x| x.section == section && sent - x.sent <= 1)
                        .filter(|x| x.kind == MKind::Name && !x.quoted)
                        .filter_map(|x| x.entity)
                        .find(|&e| body(&entities[e]))
                })
                .flatten();
            just_named.or_else(|| fresh(entities, Class::Group))
        }
        class => fresh(entities, class),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{attribution, span_of};
    use super::*;
    use crate::types::Span;
    use ascribe_text::Layout;

    /// Resolves attributions given as (source text, occurrence) pairs.
    fn speakers(text: &str, sources: &[&str]) -> Vec<Speaker> {
        let layout = Layout::new(text);
        let ctx = Ctx::new(&layout);
        let mut from = 0;
        let atts: Vec<Attribution> = sources
            .iter()
            .map(|s| {
                // The next whole-word occurrence ("he" is not inside "The").
                let b = text[from..]
                    .match_indices(s)
                    .map(|(i, _)| from + i)
                    .find(|&b| {
                        let before = text[..b].chars().next_back();
                        let after = text[b + s.len()..].chars().next();
                        !before.is_some_and(char::is_alphanumeric)
                            && !after.is_some_and(char::is_alphanumeric)
                    })
                    .unwrap_or_else(|| panic!("{s}"));
                from = b + s.len();
                let start = text[..b].chars().count();
                let span = Span {
                    start,
                    end: start + s.chars().count(),
                    text: s.to_string(),
                };
                attribution(vec![span.clone()], vec![], vec![span])
            })
            .collect();
        resolve(&ctx, &atts, &[], None)
            .into_iter()
            .map(Option::unwrap_or_default)
            .collect()
    }

    fn names(text: &str, sources: &[&str]) -> Vec<Option<String>> {
        speakers(text, sources)
            .into_iter()
            .map(|s| s.name)
            .collect()
    }

    #[test]
    fn name_after_a_title_wins_over_first_name_like_words() {
        let t = "Senators questioned Wells Fargo CEO John Stumpf on Tuesday. He said the bank had changed.";
        assert_eq!(names(t, &["He"]), vec![Some("John Stumpf".into())]);
    }

    #[test]
    fn title_in_apposition_before_the_name() {
        let t = "When Ildefonso Guajardo Villarreal, the economy minister, visited, we spoke.\n\n\
                 The minister of the economy, Mr. Guajardo Villarreal, argues otherwise. \
                 \"We must wait,\" he told me.";
        assert_eq!(
            names(
                t,
                &["The minister of the economy, Mr. Guajardo Villarreal", "he"]
            ),
            vec![
                Some("Ildefonso Guajardo Villarreal".into()),
                Some("Ildefonso Guajardo Villarreal".into())
            ]
        );
    }

    #[test]
    fn three_word_names_and_surnames_that_are_titles() {
        let t = "\"We need substance,\" said Cornell William Brooks. Howard Dean spoke later. \
                 Dean, a doctor, then appeared on television. He defended the remark.";
        assert_eq!(
            names(t, &["Cornell William Brooks", "He"]),
            vec![
                Some("Cornell William Brooks".into()),
                Some("Howard Dean".into())
            ]
        );
    }

    #[test]
    fn honorifics_choose_among_people_sharing_a_surname() {
        let t = "Michelle Obama campaigned in Ohio. Barack Obama stayed home. \
                 Later, Mr. Obama spoke twice. Mr. Obama was tired.\n\n\
                 Days later, President Obama told voters to turn out.";
        assert_eq!(
            names(t, &["President Obama"]),
            vec![Some("Barack Obama".into())]
        );
    }

    #[test]
    fn names_inside_the_reported_words_are_not_the_speaker() {
        let t = "\"We need people of substance,\" said Carl Brooks, head of the league. \
                 People like Scott, he said. Scott declined to comment.";
        let layout = Layout::new(t);
        let ctx = Ctx::new(&layout);
        let att = |content: &str, source: &str| {
            attribution(vec![span_of(t, source)], vec![], vec![span_of(t, content)])
        };
        let got = resolve(
            &ctx,
            &[
                att("We need people of substance", "Carl Brooks"),
                att("People like Scott", "he said"),
            ],
            &[],
            None,
        );
        let got: Vec<Option<String>> = got.into_iter().map(|s| s.and_then(|s| s.name)).collect();
        // The source "he said" is a two-token core: it must still resolve to the last speaker.
        assert_eq!(got[0].as_deref(), Some("Carl Brooks"));
        assert_ne!(got[1].as_deref(), Some("Scott"));
    }

    #[test]
    fn subject_of_the_pronouns_own_sentence_binds_it() {
        let t = "Rush Limbaugh spoke on the radio. He concluded that the debate was rigged. \
                 He said so twice.\n\n\
                 Holt’s NBC News colleague Matt Lauer faced criticism after he asked about emails.";
        assert_eq!(
            names(t, &["He", "He", "he"]),
            vec![
                Some("Rush Limbaugh".into()),
                Some("Rush Limbaugh".into()),
                Some("Matt Lauer".into())
            ]
        );
    }

    #[test]
    fn abbreviated_titles_match_nominals() {
        let t = "If a bank profits, Vermont Sen. Bernie Sanders is against it. \
                 The Hill reported the plan. The senator said he would act.";
        // "The Hill" speaks right before; the senator is still Sanders.
        let got = names(t, &["The Hill", "The senator"]);
        assert_eq!(got[1].as_deref(), Some("Bernie Sanders"));
    }

    #[test]
    fn headline_names_only_first_surname_pairs() {
        let t = "Black Lawmakers Rip Donald Trump As A Disgrace.\n\n\
                 Trump spoke on Friday. He said he was proud.";
        assert_eq!(names(t, &["He"]), vec![Some("Donald Trump".into())]);
    }

    #[test]
    fn first_person_column_takes_the_author_of_the_closing_bio() {
        let t = "I grew up on a farm. I know what drought means.\n\n\
                 The rain came too late that year.\n\n\
                 Greta Holm is a writer in Uppsala.";
        assert_eq!(
            names(t, &["I", "I"]),
            vec![Some("Greta Holm".into()), Some("Greta Holm".into())]
        );
        // No bio, no author.
        let t = "I know what drought means.\n\nThe rain came too late that year.";
        assert_eq!(names(t, &["I"]), vec![None]);
    }

    #[test]
    fn a_nominal_met_before_stays_unnamed() {
        let t = "A reporter spent a week with the woman and her family. \
                 The woman disputes that account. Anna Berg reports on health.";
        assert_eq!(names(t, &["The woman"]), vec![None]);
    }

    #[test]
    fn they_after_a_collective_subject_is_that_group() {
        let t = "Critics of the EB-5 program, like Senator Ann Holt and Senator Per Lind, \
                 want changes. They sent a letter on Thursday.";
        let got = speakers(t, &["They"]);
        assert_eq!(got[0].name, None);
        assert_eq!(got[0].kind, SpeakerType::Group);
    }

    #[test]
    fn relative_pronoun_names_the_person_before_it() {
        let t = "Mary Jones spoke first. Councilman Peter Haskell, who voted against \
                 the plan, left early.";
        assert_eq!(names(t, &["who"]), vec![Some("Peter Haskell".into())]);
    }

    #[test]
    fn relative_pronoun_speaks_for_the_phrase_before_it() {
        let t = "Turnout rose among Latino and black voters, who say the new \
                 map ignores them. An NBC reporter who covered the race said it was close.";
        let got = speakers(t, &["who", "who"]);
        assert_eq!(got[0].kind, SpeakerType::Group);
        assert_eq!(got[0].name, None);
        assert_eq!(got[1].kind, SpeakerType::Person);
        assert_eq!(got[1].name, None);
        assert_eq!(got[1].role.as_deref(), Some("NBC reporter"));
        // A cleft names the person.
        let t = "It was Mr. Dorsey who argued for a new name.";
        assert_eq!(names(t, &["who"]), vec![Some("Dorsey".into())]);
        let t = "Support was strongest among those who say the economy comes first.";
        assert_eq!(speakers(t, &["who"])[0].kind, SpeakerType::Group);
    }

    #[test]
    fn a_described_person_is_not_looked_up_by_title() {
        // "the state attorney who" is a description, not the salient man
        // named next, who must not take the title either.
        let t = "Carl Dunn sold the gun. Angela Corey is the state attorney who \
                 charged him. Carl Dunn said he would appeal.";
        let got = speakers(t, &["who", "Carl Dunn"]);
        assert_eq!(got[0].name, None);
        assert_eq!(got[0].kind, SpeakerType::Person);
        assert_eq!(got[1].role, None);
    }

    #[test]
    fn a_name_after_a_preposition_is_no_antecedent() {
        // Who declined: the man, not Clinton.
        let t = "Hillary Clinton spoke first. The event is an opener for the man \
                 with a complicated relationship with Clinton who declined to run.";
        assert_eq!(names(t, &["who"]), vec![None]);
        // Nobody is a place.
        let t = "Turnout was low among voters in Philadelphia who said the lines were long.";
        assert_eq!(names(t, &["who"]), vec![None]);
    }

    #[test]
    fn a_bare_first_name_is_the_one_person_of_that_name() {
        // "Fiona" is Fiona Parry; calling her by first name gives her no
        // claim on the bare surname, which stays with the main person.
        let t = "Leah Parry died on Monday. \"She burned,\" her mother, Fiona, said. \
                 Fiona Parry later spoke to reporters. Parry had been a nurse, police said. \
                 Fiona said the pills came from abroad.";
        let got = speakers(t, &["Fiona", "Fiona Parry", "Fiona"]);
        for s in &got {
            assert_eq!(s.name.as_deref(), Some("Fiona Parry"), "{s:?}");
        }
        // Two people of that first name: neither is guessed; nor is one of
        // coordinated first names another person.
        let t = "Fiona Parry and Fiona Holt spoke. Fiona said the pills came from abroad.";
        assert_eq!(
            names(t, &["Fiona Parry", "Fiona Holt", "Fiona"])[2].as_deref(),
            Some("Fiona")
        );
        let t =
            "David Marsh spoke first. David and Jeanne Heidler said the pills came from abroad.";
        assert_ne!(
            names(t, &["David Marsh", "David"])[1].as_deref(),
            Some("David Marsh")
        );
    }

    #[test]
    fn a_possessor_speaks_for_what_they_said() {
        let t = "The philosopher Luis de Miranda wrote a book. De Miranda’s account \
                 recounts that the city was bright. Mr. Holt's statement said the pier was safe.";
        let got = names(t, &["De Miranda’s account", "Mr. Holt's statement"]);
        assert_eq!(got[0].as_deref(), Some("Luis de Miranda"));
        assert_eq!(got[1].as_deref(), Some("Holt"));
        // A source cut short after the possessive.
        let t = "Ann Cole spoke. Cole's, the report said, was the plan.";
        assert_eq!(names(t, &["Cole's"])[0].as_deref(), Some("Ann Cole"));
        // Somebody else's thing, or other people, are not the possessor.
        let t = "Fans of Bradley Cooper's film said it was long.";
        assert_ne!(
            names(t, &["Fans of Bradley Cooper's film"])[0].as_deref(),
            Some("Bradley Cooper")
        );
        let t = "Ann Cole spoke. Cole's house stood empty, the neighbours said.";
        assert_ne!(names(t, &["Cole's house"])[0].as_deref(), Some("Ann Cole"));
    }

    #[test]
    fn company_names_without_their_modifiers() {
        let t = "Amazon-owned Whole Foods cut prices on Monday. Whole Foods said demand \
                 was strong. Seattle-based Harbor Brands said it would follow.";
        let got = speakers(
            t,
            &[
                "Amazon-owned Whole Foods",
                "Whole Foods",
                "Seattle-based Harbor Brands",
            ],
        );
        assert_eq!(got[0].name.as_deref(), Some("Whole Foods"));
        assert_eq!(got[0].kind, SpeakerType::Organization);
        assert_eq!(got[1].name.as_deref(), Some("Whole Foods"));
        assert_eq!(got[2].name.as_deref(), Some("Harbor Brands"));
        assert_eq!(got[2].kind, SpeakerType::Organization);
        // A sector alone is no company that "the company" could mean.
        let t = "Vanguard Logistics Services employed him. He said he loved Mining. \
                 The company confirmed he was on the flight.";
        assert_eq!(
            names(t, &["The company"])[0].as_deref(),
            Some("Vanguard Logistics Services")
        );
    }

    #[test]
    fn an_age_as_the_source_is_the_person_before_it() {
        let t = "Gareth Lynn, 61, of Elm Road, admitted fraud at the court.";
        assert_eq!(names(t, &["61"])[0].as_deref(), Some("Gareth Lynn"));
        // A number that follows no name, or counts, stays unresolved.
        let t = "The vote was close, 61 said they would stay.";
        assert_eq!(names(t, &["61"])[0], None);
        let t = "Most backed Ann Cole, 43 said the same for Ben Holt.";
        assert_eq!(names(t, &["43"])[0], None);
    }

    #[test]
    fn a_place_in_front_makes_a_title_definite() {
        let t = "Malta's finance minister said taxes would stay low. \
                 \"We will defend our model,\" Finance Minister Clyde Abela told reporters.";
        let got = speakers(t, &["Malta's finance minister"]);
        assert_eq!(got[0].name.as_deref(), Some("Clyde Abela"));
        // A person's aide is not whoever is salient.
        let t =
            "Senator Ted Cruz spoke first. Trump's campaign manager said the rally would go on.";
        assert_ne!(
            names(t, &["Trump's campaign manager"])[0].as_deref(),
            Some("Ted Cruz")
        );
    }

    #[test]
    fn people_close_to_or_familiar_with_somebody() {
        let t = "Rachel Dunmore may resign. A source close to Ms Dunmore said she was angry. \
                 People familiar with the talks said a deal was near. Another said it was not. \
                 A Democrat familiar with the plan said it would pass.";
        let got = speakers(
            t,
            &[
                "A source close to Ms Dunmore",
                "People familiar with the talks",
                "Another",
                "A Democrat familiar with the plan",
            ],
        );
        let kinds: Vec<SpeakerType> = got.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            vec![
                SpeakerType::Person,
                SpeakerType::Group,
                SpeakerType::Unknown,
                SpeakerType::Person
            ]
        );
        assert!(got.iter().all(|s| s.name.is_none()), "{got:?}");
    }

    #[test]
    fn an_apposition_between_dashes_is_no_part_of_the_name() {
        let t = "Mehmet Oz — Ivy League-trained surgeon — has been called a charlatan.";
        let got = speakers(t, &["Mehmet Oz — Ivy League-trained surgeon"]);
        assert_eq!(got[0].name.as_deref(), Some("Mehmet Oz"));
        assert_eq!(got[0].kind, SpeakerType::Person);
    }

    #[test]
    fn a_passive_cue_speaks_through_its_agent() {
        let layout = Layout::new(
            "Mehmet Oz has been called a charlatan by fellow physicians for his claims.",
        );
        let t = layout.src;
        let ctx = Ctx::new(&layout);
        for content in [
            "a charlatan",
            "a charlatan by fellow physicians for his claims",
        ] {
            let a = attribution(
                vec![span_of(t, "Mehmet Oz")],
                vec![span_of(t, "has been called")],
                vec![span_of(t, content)],
            );
            let got = resolve(&ctx, &[a], &[], None);
            let s = got[0].clone().unwrap_or_default();
            assert_eq!((s.name, s.kind), (None, SpeakerType::Group), "{content}");
        }
        // An active cue keeps its source.
        let layout = Layout::new("Mehmet Oz called it a scam by any measure.");
        let t = layout.src;
        let ctx = Ctx::new(&layout);
        let a = attribution(
            vec![span_of(t, "Mehmet Oz")],
            vec![span_of(t, "called")],
            vec![span_of(t, "it a scam")],
        );
        let got = resolve(&ctx, &[a], &[], None);
        assert_eq!(
            got[0].clone().unwrap_or_default().name.as_deref(),
            Some("Mehmet Oz")
        );
    }

    #[test]
    fn a_body_noun_opening_the_headline_is_no_name() {
        let t = "Airline cancels 300 flights\n\nNorthwind Airways cancelled flights on \
                 Thursday. The airline said it had offered a 9% rise.";
        assert_eq!(
            names(t, &["The airline"])[0].as_deref(),
            Some("Northwind Airways")
        );
    }

    #[test]
    fn first_person_narration_is_the_bylines_author() {
        let t = "Yahoo is selling its business. I wrote a primer on such deals in 2009.";
        let layout = Layout::new(t);
        let ctx = Ctx::new(&layout);
        let a = attribution(
            vec![span_of(t, "I")],
            vec![span_of(t, "wrote")],
            vec![span_of(t, "a primer on such deals")],
        );
        let name = |byline: Option<&str>| {
            resolve(&ctx, std::slice::from_ref(&a), &[], byline)[0]
                .clone()
                .and_then(|s| s.name)
        };
        assert_eq!(
            name(Some("By Steven Davidoff Solomon")).as_deref(),
            Some("Steven Davidoff Solomon")
        );
        // No byline, several authors, a desk or a date: nobody is guessed.
        assert_eq!(name(None), None);
        assert_eq!(name(Some("Jane Doe and Max Roe")), None);
        assert_eq!(name(Some("BBC News")), None);
        assert_eq!(name(Some("by Lucas Nolan22 Dec 2016651")), None);
    }

    #[test]
    fn plural_things_are_no_groups() {
        let t = "The vote is close. Recent polls show the race is tight, \
                 the campaigns said, and some moderators agreed. Court filings \
                 show the deal was signed.";
        let got = speakers(
            t,
            &[
                "Recent polls",
                "the campaigns",
                "some moderators",
                "Court filings",
            ],
        );
        let kinds: Vec<SpeakerType> = got.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            vec![
                SpeakerType::Unknown,
                SpeakerType::Group,
                SpeakerType::Group,
                SpeakerType::Unknown
            ]
        );
    }

    #[test]
    fn capitalized_plurals_of_members_are_groups() {
        let t = "The bill passed the Senate. Then House Republicans said it was dead, \
                 and Hispanics in the state said the map was unfair.";
        let got = speakers(t, &["House Republicans", "Hispanics"]);
        for s in &got {
            assert_eq!(s.kind, SpeakerType::Group, "{s:?}");
            assert_eq!(s.name, None);
        }
        // A surname ending alike stays a person.
        let t = "Senator Mary Evans spoke. Evans said the bill was dead.";
        let got = speakers(t, &["Mary Evans", "Evans"]);
        assert_eq!(got[1].name.as_deref(), Some("Mary Evans"));
        assert_eq!(got[1].kind, SpeakerType::Person);
    }

    #[test]
    fn pronoun_takes_the_salient_person() {
        let t = "In response, Mary Jones rejected the claims. She said her actions were proper.";
        assert_eq!(names(t, &["She"]), vec![Some("Mary Jones".into())]);
    }

    #[test]
    fn surname_and_titles_take_the_fullest_form() {
        let t = "Smith said so. Later, Senator John Smith added more. Mr. Smith left.";
        let s = speakers(t, &["Smith", "Senator John Smith", "Mr. Smith"]);
        assert!(
            s.iter().all(|s| s.name.as_deref() == Some("John Smith")),
            "{s:?}"
        );
        assert_eq!(s[0].role.as_deref(), Some("Senator"));
    }

    #[test]
    fn shared_surname_goes_to_the_last_mentioned() {
        let t = "Ivanka Trump spoke first. Later Donald Trump arrived. Trump said it was fine.";
        let s = names(t, &["Ivanka Trump", "Donald Trump", "Trump"]);
        assert_eq!(s[2].as_deref(), Some("Donald Trump"));
        let t = "Trump said it was fine. Donald Trump arrived. Ivanka Trump spoke.";
        assert_eq!(names(t, &["Trump"])[0].as_deref(), Some("Donald Trump"));
    }

    #[test]
    fn gender_mismatch_is_not_resolved() {
        let t = "Senator Ted Cruz spoke first. She said it was wrong.";
        assert_eq!(names(t, &["She"]), vec![None]);
        let t = "Mr. Smith spoke first. She said it was wrong.";
        assert_eq!(names(t, &["She"]), vec![None]);
    }

    #[test]
    fn a_pronoun_weighs_first_names_mostly_given_to_the_other_sex() {
        // "Chris" is mostly a man's name: the subject's salience must not
        // outweigh a woman who fits "she" for certain.
        let t = "Governor Chris Dale described Senator Hillary Moss as a disgrace after she criticised the police.";
        assert_eq!(names(t, &["she"]), vec![Some("Hillary Moss".into())]);
        // "Kelly" is mostly a woman's name: she keeps her "she".
        let t = "Senator Kelly Ross thanked Governor Maggie Hale on Monday. She said the talks went well.";
        assert_eq!(
            names(t, &["Kelly Ross", "She"]),
            vec![Some("Kelly Ross".into()), Some("Kelly Ross".into())]
        );
        // And "Chris" still takes "he" before a man named earlier.
        let t = "Paul Grant was arrested on Monday. Chris Dale, the governor, called the arrest fair. He said the police acted well.";
        assert_eq!(
            names(t, &["Chris Dale", "He"]),
            vec![Some("Chris Dale".into()), Some("Chris Dale".into())]
        );
    }

    #[test]
    fn a_surname_one_letter_off_or_with_another_apostrophe_is_the_same_person() {
        let t = "\"We are worried,\" said Leslie Wimes, president of the county caucus. Wines believes the vote is lost.";
        assert_eq!(
            names(t, &["Leslie Wimes", "Wines"]),
            vec![Some("Leslie Wimes".into()), Some("Leslie Wimes".into())]
        );
        let t = "Police Commissioner Kofi N\u{2019}Da spoke first. N'Da said the street was safe.";
        assert_eq!(names(t, &["N'Da"]), vec![Some("Kofi N\u{2019}Da".into())]);
        // Two people one letter apart are kept apart; a name one letter off
        // both is neither; short names are never taken for typos.
        let t = "Mark Hansen said yes. Ella Hanson said no. Hanson left. Hanssn stayed.";
        assert_eq!(
            names(t, &["Mark Hansen", "Ella Hanson", "Hanson", "Hanssn"]),
            vec![
                Some("Mark Hansen".into()),
                Some("Ella Hanson".into()),
                Some("Ella Hanson".into()),
                Some("Hanssn".into())
            ]
        );
        let t = "Tom Hanks waved, and hands went up across the hall. Hands said no.";
        assert_eq!(names(t, &["Hands"]), vec![Some("Hands".into())]);
        let t = "Ann Lee spoke first. Lea said no.";
        assert_eq!(names(t, &["Lea"]), vec![Some("Lea".into())]);
    }

    #[test]
    fn it_after_a_report_that_spoke_is_the_report() {
        let t = "Harbour Bank lost data to hackers, the audit report said. It accused Harbour Bank of hiding the loss.";
        let s = speakers(t, &["the audit report", "It"]);
        assert_eq!((s[1].name.clone(), s[1].kind), (None, SpeakerType::Unknown));
        // Without the report in between, "it" is the bank.
        let t = "Harbour Bank lost data to hackers. It said the loss was small.";
        assert_eq!(names(t, &["It"]), vec![Some("Harbour Bank".into())]);
    }

    #[test]
    fn a_bloc_is_the_union_named_next() {
        let t = "The bloc aims to rely less on outside help. Leaders of the European Union met in Brussels on Friday.";
        assert_eq!(names(t, &["The bloc"]), vec![Some("European Union".into())]);
    }

    #[test]
    fn a_plural_possessive_with_s_stays_inside_a_body_name() {
        let t = "The Carrick Fishermen\u{2019}s Association said it would fight. The Women's Institute said no.";
        assert_eq!(
            names(
                t,
                &[
                    "The Carrick Fishermen\u{2019}s Association",
                    "The Women's Institute"
                ]
            ),
            vec![
                Some("Carrick Fishermen\u{2019}s Association".into()),
                Some("Women's Institute".into())
            ]
        );
    }

    #[test]
    fn a_headline_body_is_named_in_the_lede_past_a_caption() {
        let t = "Port authority defends dredging plan\n\nBoats moored in the harbour on Tuesday. The tide was low. Photo: Jon Reyes\n\nThe Carrick Port Authority on Wednesday defended its plan to deepen the channel.";
        assert_eq!(
            names(t, &["Port authority"]),
            vec![Some("Carrick Port Authority".into())]
        );
    }

    #[test]
    fn outlets_and_pollsters_are_bodies_unless_a_person_bears_the_name() {
        let s = speakers(
            "PolitiFact rated the claim false. Gallup found support at 41 percent.",
            &["PolitiFact", "Gallup"],
        );
        assert!(
            s.iter().all(|sp| sp.kind == SpeakerType::Organization),
            "{s:?}"
        );
        // A known body's name as a person's surname: "Michael Bloomberg …
        // Bloomberg said" is the man, not the news agency.
        let t = "Michael Bloomberg weighed a run. Bloomberg said the polls were bleak.";
        assert_eq!(
            names(t, &["Michael Bloomberg", "Bloomberg"]),
            vec![
                Some("Michael Bloomberg".into()),
                Some("Michael Bloomberg".into())
            ]
        );
        let t = "Steve Forbes said taxes were too high. Forbes added that the plan was a mistake.";
        let s = speakers(t, &["Steve Forbes", "Forbes"]);
        assert_eq!(s[1].name.as_deref(), Some("Steve Forbes"));
        assert_eq!(s[1].kind, SpeakerType::Person);
        // A first name before an agency's name makes no person of it.
        let t = "Thomson Reuters reported a profit. Reuters said the market was calm.";
        let s = speakers(t, &["Thomson Reuters", "Reuters"]);
        assert_eq!(s[1].kind, SpeakerType::Organization);
    }

    #[test]
    fn two_people_alternate() {
        let t = "John Smith met Mary Jones. He said it went well. She said it went badly.";
        assert_eq!(
            names(t, &["He", "She"]),
            vec![Some("John Smith".into()), Some("Mary Jones".into())]
        );
    }

    #[test]
    fn title_nominal_finds_its_holder() {
        let t =
            "Attorney General Jeff Sessions met the envoy. Later the attorney general said more.";
        assert_eq!(
            names(t, &["the attorney general"]),
            vec![Some("Jeff Sessions".into())]
        );
        let t = "General Tom Hale met the envoy. Later the attorney general said more.";
        assert_eq!(names(t, &["the attorney general"]), vec![None]);
    }

    #[test]
    fn a_judge_is_the_justice_named_before() {
        let t = "Manhattan Supreme Court Justice Frank Nervo ruled on Thursday. The judge agreed with the mother.";
        let s = speakers(t, &["Frank Nervo", "The judge"]);
        assert_eq!(s[1].name.as_deref(), Some("Frank Nervo"), "{s:?}");
        assert!(
            s[0].role.as_deref().is_some_and(|r| r.ends_with("Justice")),
            "{s:?}"
        );
        // The department is no title holder.
        let t = "The Justice Department ruled on Thursday. The judge agreed.";
        assert_eq!(names(t, &["The judge"]), vec![None]);
    }

    #[test]
    fn a_possessive_source_names_its_owner() {
        let t = "The International Monetary Fund met on Tuesday. Its outlook darkened, its report said.";
        assert_eq!(
            names(t, &["its"]),
            vec![Some("International Monetary Fund".into())]
        );
        let t = "Mary Jones spoke on Monday. Her view hardened, her aides said.";
        assert_eq!(names(t, &["her"]), vec![Some("Mary Jones".into())]);
    }

    #[test]
    fn cataphora_after_a_heading() {
        let t = "Mary Jones spoke.\n'Hard Times'\n\"It is bad,\" the expert told us.\nJohn Doe said more.";
        let s = speakers(t, &["the expert", "John Doe"]);
        assert_eq!(s[0].name.as_deref(), Some("John Doe"));
        assert_eq!(s[0].role.as_deref(), Some("expert"));
    }

    #[test]
    fn a_title_met_without_a_name_still_takes_the_name_introduced_next() {
        let t = "Minister defends school cuts\n\nThe education minister has insisted that the cut is fair.\n\n\
                 Speaking on the radio, Helen Marsh said: \"We are careful.\"";
        let s = speakers(t, &["Minister", "The education minister", "Helen Marsh"]);
        assert_eq!(s[1].name.as_deref(), Some("Helen Marsh"));
        assert_eq!(s[1].role.as_deref(), Some("education minister"));
        // With no name after it, the title stays unnamed, not guessed.
        let t = "Minister defends school cuts\n\nThe education minister has insisted that the cut is fair.";
        let s = speakers(t, &["Minister", "The education minister"]);
        assert_eq!(s[1].name, None);
    }

    #[test]
    fn kinship_nouns_are_unnamed_people() {
        let t = "Ann Lee voted early. \"He never missed an election,\" my father said. A friend said he was stubborn.";
        let s = speakers(t, &["my father", "A friend"]);
        for sp in &s {
            assert_eq!(sp.kind, SpeakerType::Person);
            assert_eq!(sp.name, None);
        }
        // Not a person word: the type stays unknown.
        let s = speakers("\"It works,\" the thing said.", &["the thing"]);
        assert_eq!(s[0].kind, SpeakerType::Unknown);
    }

    #[test]
    fn shares_of_people_are_groups() {
        let t =
            "Only 52 percent of voters said they trusted him. A majority said no. Each said more.";
        let s = speakers(t, &["Only 52 percent of voters", "A majority", "Each"]);
        for sp in &s {
            assert_eq!(sp.kind, SpeakerType::Group);
            assert_eq!(sp.name, None);
        }
    }

    #[test]
    fn heading_resets_salience() {
        let t = "Mary Jones spoke.\n'Hard Times'\n\"It is bad,\" she said.";
        assert_eq!(names(t, &["she"]), vec![None]);
        let t = "Mary Jones spoke.\n\"It is bad,\" she said.";
        assert_eq!(names(t, &["she"]), vec![Some("Mary Jones".into())]);
    }

    #[test]
    fn organizations_and_groups() {
        let t = "The Justice Department said so. Many American senators said more. The department added a line.";
        let s = speakers(
            t,
            &[
                "The Justice Department",
                "Many American senators",
                "The department",
            ],
        );
        assert_eq!(s[0].name.as_deref(), Some("Justice Department"));
        assert_eq!(s[0].kind, SpeakerType::Organization);
        assert_eq!(
            s[1],
            Speaker {
                name: None,
                kind: SpeakerType::Group,
                role: None
            }
        );
        assert_eq!(s[2].name.as_deref(), Some("Justice Department"));
        assert_eq!(s[2].kind, SpeakerType::Organization);
    }

    #[test]
    fn unresolvable_stays_unknown() {
        assert_eq!(
            speakers("\"No,\" he said.", &["he"]),
            vec![Speaker::default()]
        );
        let s = speakers("\"No,\" a spokesman said.", &["a spokesman"]);
        assert_eq!(
            s[0],
            Speaker {
                name: None,
                kind: SpeakerType::Person,
                role: Some("spokesman".into())
            }
        );
    }

    #[test]
    fn role_from_apposition() {
        let t = "Annie Machon, a former MI5 intelligence officer, said so.";
        let s = speakers(t, &["Annie Machon"]);
        assert_eq!(
            s[0].role.as_deref(),
            Some("former MI5 intelligence officer")
        );
        assert_eq!(s[0].kind, SpeakerType::Person);
        // A first name that is also a country.
        let t = "Jordan Lee, an analyst at the Brookings Institution, said so.";
        let s = speakers(t, &["Jordan Lee"]);
        assert_eq!(
            s[0].role.as_deref(),
            Some("analyst at the Brookings Institution")
        );
    }

    #[test]
    fn a_title_with_its_body_before_the_name_is_the_role() {
        let cases = [
            (
                "But the general secretary of the Rail and Maritime Union, Sarah Okafor, said so.",
                "the general secretary of the Rail and Maritime Union, Sarah Okafor,",
                "general secretary of the Rail and Maritime Union",
            ),
            // Somebody else before "and" is no part of the title.
            (
                "Eisenhower and his future secretary of State, John Dulles, said so.",
                "Eisenhower and his future secretary of State, John Dulles,",
                "future secretary of State",
            ),
            // "at the time" dates the post; it is not part of it.
            (
                "The ambassador at the time, John Herbst, said so.",
                "The ambassador at the time, John Herbst,",
                "ambassador",
            ),
        ];
        for (t, source, role) in cases {
            let s = speakers(t, &[source]);
            assert_eq!(s[0].role.as_deref(), Some(role), "{t}");
        }
    }

    #[test]
    fn names_described_as_businesses_are_organizations() {
        let t =
            "Video platform Strimo said the outage was over. The ferry operator, Kessock Lines, \
                 said sailings would resume. Strimo added that refunds would follow.";
        let s = speakers(
            t,
            &[
                "Video platform Strimo",
                "The ferry operator, Kessock Lines,",
                "Strimo",
            ],
        );
        for (sp, name) in s.iter().zip(["Strimo", "Kessock Lines", "Strimo"]) {
            assert_eq!(sp.kind, SpeakerType::Organization, "{sp:?}");
            assert_eq!(sp.name.as_deref(), Some(name));
        }
        // An adverbial before a comma is no apposition.
        let t = "Ann Vole spoke first. In an interview with this newspaper, Vole said no.";
        assert_eq!(
            speakers(t, &["Ann Vole", "Vole"])[1].kind,
            SpeakerType::Person
        );
    }

    #[test]
    fn a_short_form_is_the_organization_named_in_full() {
        let t = "Pellow Energy, the turbine maker, said it would hire. Pellow said more later.";
        let s = speakers(t, &["Pellow Energy", "Pellow"]);
        assert_eq!(s[1].name.as_deref(), Some("Pellow Energy"));
        assert_eq!(s[1].kind, SpeakerType::Organization);
        // Not from a lowercase organization word after a person's surname.
        let t = "Ann Rudd spoke. The Rudd campaign said so. Rudd said more.";
        assert_eq!(
            speakers(t, &["Ann Rudd", "The Rudd campaign", "Rudd"])[2]
                .name
                .as_deref(),
            Some("Ann Rudd")
        );
    }

    #[test]
    fn bodies_named_with_connectors_and_places() {
        let t = "Moray and Nairn Council said no. The Department for Farming and Fisheries \
                 said yes. Police Wales said maybe. The Dockers' Federation said later.";
        let s = speakers(
            t,
            &[
                "Moray and Nairn Council",
                "The Department for Farming and Fisheries",
                "Police Wales",
                "The Dockers' Federation",
            ],
        );
        let names: Vec<_> = s.iter().map(|s| s.name.as_deref()).collect();
        assert_eq!(
            names,
            vec![
                Some("Moray and Nairn Council"),
                Some("Department for Farming and Fisheries"),
                Some("Police Wales"),
                Some("Dockers' Federation")
            ]
        );
        assert!(
            s.iter().all(|s| s.kind == SpeakerType::Organization),
            "{s:?}"
        );
    }

    #[test]
    fn the_company_and_it_take_the_business_named_before() {
        let t = "Pellmoor Energy, the Leeds-based turbine maker, cut jobs. \
                 Sales fell, the company said. It said more. The maker said again.";
        let s = speakers(t, &["the company", "It", "The maker"]);
        assert_eq!(s[0].name.as_deref(), Some("Pellmoor Energy"));
        assert_eq!(s[1].name.as_deref(), Some("Pellmoor Energy"));
        assert_eq!(s[2].name.as_deref(), Some("Pellmoor Energy"));
        // A public body is no company, and "the parent company" may be
        // another one.
        let t = "The Ostrian Transport Ministry spoke. Later the company said no. \
                 Tarnby Holdings said yes. The parent company said more.";
        let s = speakers(t, &["the company", "The parent company"]);
        assert_eq!(s[0].name, None);
        assert_eq!(s[1].name, None);
    }

    #[test]
    fn a_body_noun_finds_names_of_its_kind() {
        let t = "The Guild Street Nurses' Association said pay was low. The union said more. \
                 The charity Hope Lane Trust said no. The charity said yes.";
        let s = speakers(
            t,
            &["The union", "The charity Hope Lane Trust", "The charity"],
        );
        assert_eq!(
            s[0].name.as_deref(),
            Some("Guild Street Nurses' Association")
        );
        assert_eq!(s[2].name.as_deref(), Some("Hope Lane Trust"));
    }

    #[test]
    fn a_wider_title_noun_finds_the_holder_of_a_narrower_title() {
        let t = "Deputy Foreign Minister Ilse Varno told reporters the talks had failed. \
                 According to the diplomat, no date was set.";
        let s = speakers(t, &["Deputy Foreign Minister Ilse Varno", "the diplomat"]);
        assert_eq!(s[1].name.as_deref(), Some("Ilse Varno"));
        // A title of another kind is somebody else.
        let t = "Farmer Ilse Varno told reporters the talks had failed. \
                 According to the diplomat, no date was set.";
        let s = speakers(t, &["Farmer Ilse Varno", "the diplomat"]);
        assert_eq!(s[1].name, None);
    }

    #[test]
    fn a_source_cut_short_inside_a_name_takes_the_whole_name() {
        let t = "Later, Doreen Palfrey, 79, said the bus was her only link to town.";
        let s = speakers(t, &["Doreen"]);
        assert_eq!(s[0].name.as_deref(), Some("Doreen Palfrey"));
        assert_eq!(s[0].kind, SpeakerType::Person);
    }

    #[test]
    fn a_quoted_i_is_the_quotations_speaker() {
        let run = |t: &str| {
            let layout = Layout::new(t);
            let ctx = Ctx::new(&layout);
            let span = |s: &str, nth: usize| {
                let b = t
                    .match_indices(s)
                    .nth(nth)
                    .map(|(i, _)| i)
                    .unwrap_or_default();
                let start = t[..b].chars().count();
                Span {
                    start,
                    end: start + s.chars().count(),
                    text: s.to_string(),
                }
            };
            let att = |kind, content: Span, source: Span| Attribution {
                kind,
                content: vec![content],
                cue: vec![],
                source: vec![source],
                speaker: Speaker::default(),
                venue: None,
                date: None,
                handle: None,
                confidence: 1.0,
            };
            let atts = vec![
                att(
                    Kind::Direct,
                    span("\u{2018}We kept going,\u{2019}", 0),
                    span("Brill", 1),
                ),
                att(Kind::Indirect, span("\u{2018}For an hour", 0), span("I", 2)),
            ];
            resolve(&ctx, &atts, &[], None)[1]
                .as_ref()
                .and_then(|s| s.name.clone())
        };
        let t = "Coach Ada Brill spoke after the match.\n\n\u{2018}We kept going,\u{2019} Brill said. \
                 \u{2018}For an hour it didn\u{2019}t work, and I\u{2019}m not going to lie, I was worried.\u{2019}";
        assert_eq!(run(t).as_deref(), Some("Ada Brill"));
        // The quotation runs on into the next paragraph, unclosed here.
        let t = "Coach Ada Brill spoke after the match.\n\n\u{2018}We kept going,\u{2019} Brill said. \
                 \u{2018}For an hour it didn\u{2019}t work, and I\u{2019}m not going to lie, I was worried.\n\n\
                 \u{2018}But this side never stops.\u{2019}";
        assert_eq!(run(t).as_deref(), Some("Ada Brill"));
    }

    #[test]
    fn a_dateline_and_a_day_around_a_speaking_country() {
        let t = "OSLO/BERGEN — Norway on Tuesday denied the fishing claims.";
        let s = speakers(t, &["OSLO/BERGEN — Norway on Tuesday"]);
        assert_eq!(s[0].name.as_deref(), Some("Norway"));
        assert_eq!(s[0].kind, SpeakerType::Organization);
    }

    #[test]
    fn a_headline_title_is_the_person_named_with_it() {
        let t = "Mayor defends tram plan\n\nAnna Brisk, who has been mayor since May, said the plan was sound.";
        let s = speakers(t, &["Mayor", "Anna Brisk, who has been mayor since May,"]);
        assert_eq!(s[0].name.as_deref(), Some("Anna Brisk"));
        // Nobody named with that title: the headline's title stays unnamed.
        let t = "Mayor defends tram plan\n\nAnna Brisk, a trader, said the plan was unsound.";
        let s = speakers(t, &["Mayor"]);
        assert_eq!(s[0].name, None);
    }

    #[test]
    fn a_nominal_with_another_modifier_is_another_body() {
        let t = "The Ostrian Foreign Ministry said no. Later the farm ministry said yes. \
                 The foreign ministry said more.";
        let s = speakers(
            t,
            &[
                "The Ostrian Foreign Ministry",
                "the farm ministry",
                "The foreign ministry",
            ],
        );
        assert_eq!(s[1].name, None);
        assert_eq!(s[1].kind, SpeakerType::Organization);
        assert_eq!(s[2].name.as_deref(), Some("Ostrian Foreign Ministry"));
    }

    #[test]
    fn plural_person_nouns_are_groups_and_person_nouns_people() {
        let t = "Lifeguards said the tide turned fast. The ferryman said he saw it. \
                 One of the people present said it was quick. One shopper said it was slow.";
        let s = speakers(
            t,
            &[
                "Lifeguards",
                "The ferryman",
                "One of the people present",
                "One shopper",
            ],
        );
        assert_eq!(
            (s[0].kind, s[0].name.as_deref()),
            (SpeakerType::Group, None)
        );
        assert_eq!(s[1].kind, SpeakerType::Person);
        assert_eq!(
            s[2],
            Speaker {
                name: None,
                kind: SpeakerType::Person,
                role: None
            }
        );
        assert_eq!(s[3].role.as_deref(), Some("shopper"));
        let s = speakers(
            "\"Sailings resume Friday,\" the operator said.",
            &["the operator"],
        );
        assert_eq!(s[0].kind, SpeakerType::Organization);
        // A librarian is somebody else than the councillor named next.
        let t = "\"It hurts,\" the librarian said. Councillor Dean Pollard said it would not.";
        let s = speakers(t, &["the librarian", "Councillor Dean Pollard"]);
        assert_eq!(s[0].name, None);
        assert_eq!(s[0].role.as_deref(), Some("librarian"));
        assert_eq!(s[1].name.as_deref(), Some("Dean Pollard"));
    }

    #[test]
    fn a_nominal_keeps_apart_from_a_person_with_another_title() {
        let t =
            "\"It was quick,\" the witness said. Lee's solicitor, Ann Vole, said he would appeal.";
        let s = speakers(t, &["the witness", "Lee's solicitor, Ann Vole,"]);
        assert_eq!(s[0].name, None);
        assert_eq!(s[0].role.as_deref(), Some("witness"));
        assert_eq!(s[1].name.as_deref(), Some("Ann Vole"));
        assert_eq!(s[1].role.as_deref(), Some("Lee's solicitor"));
        // A title the nominal names still joins them.
        let t = "\"It was quick,\" the solicitor said. Lee's solicitor, Ann Vole, said he would appeal.";
        let s = speakers(t, &["the solicitor"]);
        assert_eq!(s[0].name.as_deref(), Some("Ann Vole"));
    }

    #[test]
    fn an_indefinite_body_is_the_one_named_next() {
        let t = "A regional planning tribunal rejected the scheme on Monday. The ruling by the \
                 Kelby Tribunal for the Northern District ends a long fight.";
        let s = speakers(t, &["A regional planning tribunal"]);
        assert_eq!(
            s[0].name.as_deref(),
            Some("Kelby Tribunal for the Northern District")
        );
        let t = "A charity representing hill farmers backed the plan. In a letter, the \
                 Federation of Hill Farmers called it overdue.";
        let s = speakers(t, &["A charity representing hill farmers"]);
        assert_eq!(s[0].name.as_deref(), Some("Federation of Hill Farmers"));
        assert_eq!(s[0].kind, SpeakerType::Organization);
        // A body sharing nothing with the nominal is another one.
        let t = "A rival firm objected. The Kelby Tribunal will rule in May.";
        let s = speakers(t, &["A rival firm"]);
        assert_eq!(
            (s[0].name.as_deref(), s[0].kind),
            (None, SpeakerType::Organization)
        );
    }

    #[test]
    fn a_possessed_statement_speaks_for_its_owner() {
        let t = "Ann Vole wrote a memoir about the campaign. According to her account, the \
                 polls were rigged.";
        let s = speakers(t, &["her account"]);
        assert_eq!(s[0].name.as_deref(), Some("Ann Vole"));
        // A person noun after the possessive is somebody else.
        let t = "Ann Vole was charged. Her lawyer said she would appeal.";
        assert_eq!(speakers(t, &["Her lawyer"])[0].name, None);
    }

    #[test]
    fn families_groups_and_we() {
        let t = "His family said he died at home.";
        assert_eq!(speakers(t, &["His family"])[0].kind, SpeakerType::Group);
        // "The group" after "group" as a common noun is that collective.
        let t = "Turnout rose among the group of voters under 30. The group also said the \
                 economy mattered most, according to the Kelby Polling Institute.";
        let s = speakers(t, &["The group"]);
        assert_eq!(
            (s[0].name.as_deref(), s[0].kind),
            (None, SpeakerType::Group)
        );
        // Right after a named body, it is that body.
        let t = "Councillors will study a plan from the Friends of Kelby Museum. The group \
                 said it would run the site.";
        let s = speakers(t, &["The group"]);
        assert_eq!(s[0].name.as_deref(), Some("Friends of Kelby Museum"));
        assert_eq!(s[0].kind, SpeakerType::Organization);
        // A "we" after "my wife and I" is the couple; an editorial "we" stays unknown.
        let t = "My wife and I came here as students. We built a business. Now we are worried.";
        let s = speakers(t, &["we"]);
        assert_eq!(s[0].kind, SpeakerType::Group);
        let t = "The plan is flawed. Perhaps we should ask why.";
        assert_eq!(speakers(t, &["we"])[0].kind, SpeakerType::Unknown);
    }

    #[test]
    fn a_person_with_an_affiliation_after_the_name() {
        let t = "Senior economist Lara Quint of Fenwick Partners said rates would fall.";
        let s = speakers(t, &["Senior economist Lara Quint of Fenwick Partners"]);
        assert_eq!(s[0].name.as_deref(), Some("Lara Quint"));
        assert_eq!(s[0].role.as_deref(), Some("Senior economist"));
        let t = "Its finance director, Owen Pike, said so. The club's groundsman, Sam Ode, agreed.";
        let s = speakers(
            t,
            &[
                "Its finance director, Owen Pike,",
                "The club's groundsman, Sam Ode,",
            ],
        );
        assert_eq!(s[0].role.as_deref(), Some("finance director"));
        assert_eq!(s[1].role.as_deref(), Some("club's groundsman"));
        // The apposition names the owners, not the director.
        let t = "A director of the site's owners, Brackley Mills, said so.";
        let s = speakers(t, &["A director of the site's owners, Brackley Mills,"]);
        assert_eq!(s[0].name, None);
        assert_eq!(s[0].kind, SpeakerType::Person);
    }
}
