//! Roles and titles of a named person, from the words before the name
//! ("Kremlin Spokesperson Dmitry Peskov", "Senator for Texas and former
//! presidential candidate Ted Cruz") or from an apposition after it
//! ("Annie Machon, a former MI5 intelligence officer, said").

use super::names::{
    is_capitalized_stopword, is_first_name, is_person_noun, is_place, is_preposition,
    is_role_modifier, is_role_noun,
};
use super::Ctx;
use std::ops::Range;

/// Longest pre-modifier looked at, in tokens.
const MAX_PRE: usize = 16;
/// Longest apposition looked at, in tokens.
const MAX_APPOSITION: usize = 14;

fn is_connector(w: &str) -> bool {
    matches!(w, "for" | "of" | "and" | "the" | "’s" | "'s" | "&")
}

fn has_role_noun(ctx: &Ctx, r: Range<usize>) -> bool {
    r.into_iter().any(|i| {
        ctx.is_word(i)
            && (is_role_noun(ctx.low(i))
                // "meteorologist", "barrister": lowercase person nouns.
                || (!ctx.is_cap(i) && is_person_noun(ctx.low(i))))
    })
}

/// The role words right before a name starting at token `name_start`
/// (never before `floor`), as a token range.
pub fn pre_modifier(ctx: &Ctx, name_start: usize, floor: usize) -> Option<Range<usize>> {
    let min = name_start.saturating_sub(MAX_PRE).max(floor);
    let mut j = name_start;
    while j > min {
        let k = j - 1;
        let w = ctx.low(k);
        let accepted = if ctx.is_word(k) || matches!(w, "’s" | "'s" | "&") {
            // A lowercase person noun by word class ("meteorologist") heads a
            // title only right before the name; WordNet's person senses are
            // too broad ("forward", "native") to read further left.
            // A verb of saying is no title ("I can't tell Hillary …",
            // though WordNet has a William Tell).
            let person_word = |i: usize| {
                is_role_noun(ctx.low(i))
                    || (i + 1 == name_start
                        && !ctx.is_cap(i)
                        && is_person_noun(ctx.low(i))
                        && crate::lexicon::cue_lemma(ctx.low(i)).is_none())
            };
            if is_connector(w) || person_word(k) || is_role_modifier(w) {
                true
            } else if ctx.is_cap(k) {
                // A sentence-initial "Moreover" is no part of a title.
                !is_capitalized_stopword(w)
            } else {
                // A lowercase noun modifying a role noun: "intelligence officer";
                // not the cue of a postposed frame ("…,” said Mayor Linda Okafor").
                k + 1 < name_start
                    && person_word(k + 1)
                    && !is_capitalized_stopword(w)
                    && crate::lexicon::cue_lemma(w).is_none()
            }
        } else {
            false
        };
        if !accepted {
            break;
        }
        j = k;
    }
    let mut r = j..name_start;
    // No dangling connectors or articles at the left edge.
    while r.start < r.end
        && (is_connector(ctx.low(r.start)) || matches!(ctx.low(r.start), "a" | "an"))
    {
        r.start += 1;
    }
    // Conjoined titles: the part before "and" must be a title itself
    // ("Senator for Texas and former presidential candidate"), not a name
    // ("Putin and French President").
    if let Some(and) = (r.start..r.end).rev().find(|&i| ctx.low(i) == "and") {
        // "Union leader Karl Brandt and Transport Minister": a person's name, not a title.
        let names_someone = (r.start..and).any(|i| {
            is_first_name(ctx.low(i)) && ctx.is_cap(i) && ctx.is_cap(i + 1) && i + 1 < and
        });
        if !has_role_noun(ctx, r.start..and) || names_someone {
            r.start = and + 1;
        }
    }
    // Another person's name inside is no part of the title: "Industry
    // analyst Ben Tuck of Kestrel Research" gives Kestrel Research no title.
    if let Some(f) = (r.start..r.end).rev().find(|&i| {
        i + 1 < r.end
            && ctx.is_cap(i)
            && is_first_name(ctx.low(i))
            && !is_role_modifier(ctx.low(i))
            && ctx.is_cap(i + 1)
            && !is_role_noun(ctx.low(i + 1))
    }) {
        r.start = f + 2;
    }
    // A title never ends in a connector ("spokesman for", "analyst of").
    if r.end > r.start && is_connector(ctx.low(r.end - 1)) {
        return None;
    }
    // A title held by someone else: "spokesman for Russian President" → "Russian President".
    let last_conj = (r.start..r.end)
        .rev()
        .find(|&i| ctx.low(i) == "and")
        .map_or(r.start, |a| a + 1);
    if let Some(prep) = (last_conj..r.end)
        .rev()
        .find(|&i| matches!(ctx.low(i), "for" | "of" | "’s" | "'s"))
    {
        if has_role_noun(ctx, prep + 1..r.end) && has_role_noun(ctx, last_conj..prep) {
            r.start = prep + 1;
        }
    }
    while r.start < r.end
        && (is_connector(ctx.low(r.start)) || is_capitalized_stopword(ctx.low(r.start)))
    {
        r.start += 1;
    }
    (r.start < r.end && has_role_noun(ctx, r.clone())).then_some(r)
}

/// The role in an apposition after a name ending at token `name_end`:
/// ", a former MI5 intelligence officer," → "former MI5 intelligence officer".
pub fn apposition(ctx: &Ctx, name_end: usize, limit: usize) -> Option<Range<usize>> {
    if ctx.low(name_end) != "," {
        return None;
    }
    let mut start = name_end + 1;
    if matches!(ctx.low(start), "a" | "an" | "the") {
        start += 1;
    }
    let max = limit.min(start + MAX_APPOSITION);
    let mut end = start;
    while end < max {
        let w = ctx.low(end);
        if matches!(w, "," | "." | ";" | ":" | "(" | ")" | "—" | "–")
            || ctx.layout.marks.get(end).copied().flatten().is_some()
        {
            break;
        }
        // "an epidemiologist at Aarhus University who led the study": the
        // relative clause describes the role holder, the title ends before it.
        if matches!(w, "who" | "whose") && end > start && ctx.low(end - 1) != "," {
            break;
        }
        if matches!(
            w,
            "who" | "which" | "that" | "whose" | "whom" | "said" | "says" | "told" | "added"
        ) || crate::lexicon::is_speech_verb(w)
        {
            return None;
        }
        end += 1;
    }
    if end == start
        || (end < limit
            && !matches!(
                ctx.low(end),
                "," | "." | ";" | ")" | "—" | "–" | "who" | "whose"
            ))
    {
        return None;
    }
    let first = ctx.low(start);
    let opens_like_role = matches!(ctx.low(start.saturating_sub(1)), "a" | "an" | "the")
        || is_role_noun(first)
        || is_role_modifier(first)
        || ctx.is_cap(start);
    // "Smith, Jones and Brown" or "Moscow, Russia" are lists, not roles.
    let ok = opens_like_role
        && has_role_noun(ctx, start..end)
        && !(start..end).all(|i| is_place(ctx.low(i)));
    ok.then_some(start..end)
}

/// A role read off a relative clause after a name: the tokens of the role
/// phrase and, for a clause with a verb of office ("who chairs the
/// committee"), the role noun that verb stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relative {
    /// The role phrase ("mayor") or the verb's object ("the committee").
    pub toks: Range<usize>,
    /// Role noun of a verb of office ("chair"), `None` for a copula clause.
    pub noun: Option<&'static str>,
}

impl Relative {
    /// The role as text: "mayor", "chair of the planning committee".
    pub fn text(&self, ctx: &Ctx) -> String {
        let phrase = ctx.text(self.toks.clone());
        match self.noun {
            Some(n) => format!("{n} of {phrase}"),
            None => phrase.to_string(),
        }
    }
}

/// Verbs of holding an office, with the role noun each stands for: "who
/// chairs the committee" is the chair of the committee. "runs" only with a
/// body as its object ("who runs a guesthouse" says no title).
fn office_verb(w: &str) -> Option<&'static str> {
    Some(match w {
        "chairs" | "chaired" => "chair",
        "leads" | "led" => "leader",
        "heads" | "headed" => "head",
        "directs" => "director",
        "manages" => "manager",
        "founded" => "founder",
        "co-founded" | "cofounded" => "co-founder",
        "owns" => "owner",
        "coaches" => "coach",
        "edits" => "editor",
        "runs" => "head",
        _ => return None,
    })
}

/// Words between "who" and the role of a copula clause: "who is", "who
/// has been", "who was previously", "who serves as".
fn is_copula_part(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "has"
            | "had"
            | "been"
            | "now"
            | "also"
            | "currently"
            | "still"
            | "then"
            | "previously"
            | "once"
            | "formerly"
            | "became"
            | "becomes"
            | "serves"
            | "served"
            | "as"
    )
}

/// The role in a relative clause after a name ending at token `name_end`:
/// ", who has been mayor since 2019," → "mayor"; ", who chairs the planning
/// committee," → "chair of the planning committee". Only a clause whose
/// whole predicate is the role (up to a comma or a time adjunct) counts.
pub fn relative(ctx: &Ctx, name_end: usize, limit: usize) -> Option<Relative> {
    if ctx.low(name_end) != "," || ctx.low(name_end + 1) != "who" {
        return None;
    }
    let mut i = name_end + 2;
    let verb = office_verb(ctx.low(i));
    let copula_start = i;
    if verb.is_some() {
        i += 1;
    } else {
        while i < limit && is_copula_part(ctx.low(i)) {
            i += 1;
        }
        // "who has said", "who had been told": no copula before the role.
        let copula = (copula_start..i).any(|k| {
            matches!(
                ctx.low(k),
                "is" | "was" | "been" | "became" | "becomes" | "as"
            )
        });
        if !copula {
            return None;
        }
    }
    let mut start = i;
    if matches!(ctx.low(start), "a" | "an" | "the") && verb.is_none() {
        start += 1;
    }
    let max = limit.min(start + MAX_APPOSITION);
    let mut end = start;
    while end < max {
        let w = ctx.low(end);
        let time_adjunct = matches!(w, "since" | "until" | "till" | "during" | "when" | "while")
            // "for 20 years", "in 2019".
            || (matches!(w, "for" | "in")
                && ctx
                    .layout
                    .tokens
                    .get(end + 1)
                    .is_some_and(|t| t.kind == ascribe_text::TokenKind::Number));
        // A second predicate or clause ends the role: "who chairs the
        // chamber and has run a shop", "who heads the group that …".
        if time_adjunct
            || matches!(
                w,
                "," | "."
                    | ";"
                    | ":"
                    | "("
                    | ")"
                    | "—"
                    | "–"
                    | "who"
                    | "which"
                    | "that"
                    | "and"
                    | "but"
            )
            || ctx.layout.marks.get(end).copied().flatten().is_some()
        {
            break;
        }
        if crate::lexicon::is_speech_verb(w) {
            return None;
        }
        end += 1;
    }
    if end == start || end >= max && end < limit {
        return None;
    }
    match verb {
        Some("head") if ctx.low(name_end + 2) == "runs" => {
            // "who runs the charity": a body, not a guesthouse or a marathon.
            let body = (start..end).any(|k| {
                ctx.is_word(k)
                    && (super::names::is_org_word(ctx.low(k))
                        || super::names::is_org_descriptor(ctx.low(k)))
            });
            body.then_some(Relative {
                toks: start..end,
                noun: verb,
            })
        }
        Some(_) => Some(Relative {
            toks: start..end,
            noun: verb,
        }),
        None => {
            // The head before any prepositional phrase is a title or a
            // person noun: "mayor since …", "director of X"; not "named in
            // a report by the inspector".
            let head_end = (start..end)
                .find(|&k| is_preposition(ctx.low(k)))
                .unwrap_or(end);
            let titled = head_end > start && has_role_noun(ctx, head_end - 1..head_end);
            titled.then_some(Relative {
                toks: start..end,
                noun: None,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ascribe_text::Layout;

    fn pre(text: &str, name: &str) -> Option<String> {
        let layout = Layout::new(text);
        let ctx = Ctx::new(&layout);
        let first = name.split(' ').next().unwrap();
        let i = (0..ctx.len()).find(|&i| ctx.word(i) == first).unwrap();
        let floor = ctx.sentence(ctx.sent(i)).start;
        pre_modifier(&ctx, i, floor).map(|r| ctx.text(r).to_string())
    }

    fn appo(text: &str, last: &str) -> Option<String> {
        let layout = Layout::new(text);
        let ctx = Ctx::new(&layout);
        let i = (0..ctx.len()).find(|&i| ctx.word(i) == last).unwrap();
        let limit = ctx.sentence(ctx.sent(i)).end;
        apposition(&ctx, i + 1, limit).map(|r| ctx.text(r).to_string())
    }

    #[test]
    fn a_verb_of_saying_is_no_title() {
        assert_eq!(pre("I can't tell Hillary how to behave.", "Hillary"), None);
        assert_eq!(pre("Sanders accused Mr. Trump of lying.", "Mr."), None);
        // A lowercase person noun still is one.
        assert_eq!(
            pre("The meteorologist Ann Cole said it would rain.", "Ann").as_deref(),
            Some("meteorologist")
        );
    }

    #[test]
    fn titles_before_names() {
        assert_eq!(
            pre(
                "Kremlin Spokesperson Dmitry Peskov told journalists.",
                "Dmitry"
            )
            .as_deref(),
            Some("Kremlin Spokesperson")
        );
        assert_eq!(
            pre("In an interview, Senator for Texas and former presidential candidate Ted Cruz said so.", "Ted").as_deref(),
            Some("Senator for Texas and former presidential candidate")
        );
        assert_eq!(
            pre("If it moves forward US Attorney for the Eastern District of Virginia Dane Boente will step in.", "Dane").as_deref(),
            Some("US Attorney for the Eastern District of Virginia")
        );
        assert_eq!(
            pre(
                "Former MI5 intelligence officer Annie Machon noted it.",
                "Annie"
            )
            .as_deref(),
            Some("Former MI5 intelligence officer")
        );
        assert_eq!(
            pre("Moreover, President Trump said it.", "Trump").as_deref(),
            Some("President")
        );
        assert_eq!(
            pre("“We will fix it,” said Mayor Linda Okafor.", "Linda").as_deref(),
            Some("Mayor")
        );
        assert_eq!(
            pre("The plan is dead, told party spokesman Ed Ruiz.", "Ed").as_deref(),
            Some("party spokesman")
        );
        // Local government titles, British and American spelling.
        for (text, role) in [
            ("Councillor Tom Reyes said so.", "Councillor"),
            ("City councilman Joe Park said so.", "City councilman"),
            ("Alderman Rita Moss said so.", "Alderman"),
        ] {
            let name = text.split(' ').find(|w| ["Tom", "Joe", "Rita"].contains(w));
            assert_eq!(pre(text, name.unwrap()).as_deref(), Some(role), "{text}");
        }
    }

    #[test]
    fn no_title_from_names_or_other_people() {
        assert_eq!(
            pre(
                "Putin and French President Emmanuel Macron met.",
                "Emmanuel"
            )
            .as_deref(),
            Some("French President")
        );
        assert_eq!(
            pre(
                "A spokesman for Russian President Vladimir Putin said so.",
                "Vladimir"
            )
            .as_deref(),
            Some("Russian President")
        );
        assert_eq!(pre("Moreover Jane Smith said so.", "Jane"), None);
        assert_eq!(pre("The lawyer met Jane Smith.", "Jane"), None);
    }

    #[test]
    fn appositions() {
        assert_eq!(
            appo(
                "Annie Machon, a former MI5 intelligence officer, said so.",
                "Machon"
            )
            .as_deref(),
            Some("former MI5 intelligence officer")
        );
        assert_eq!(
            appo("said Jane Roe, an analyst at the Carnegie Center.", "Roe").as_deref(),
            Some("analyst at the Carnegie Center")
        );
        assert_eq!(appo("Jane Roe, 54, said so.", "Roe"), None);
        assert_eq!(appo("Jane Roe, who heads the group, said so.", "Roe"), None);
        assert_eq!(appo("Smith, Jones and Brown said so.", "Smith"), None);
    }

    fn rel(text: &str, last: &str) -> Option<String> {
        let layout = Layout::new(text);
        let ctx = Ctx::new(&layout);
        let i = (0..ctx.len()).find(|&i| ctx.word(i) == last).unwrap();
        let limit = ctx.sentence(ctx.sent(i)).end;
        relative(&ctx, i + 1, limit).map(|r| r.text(&ctx))
    }

    #[test]
    fn roles_from_relative_clauses() {
        assert_eq!(
            rel(
                "Ann Dole, who has been governor since 2021, said so.",
                "Dole"
            )
            .as_deref(),
            Some("governor")
        );
        assert_eq!(
            rel(
                "Ann Dole, who is the director of Fenwick Trust, said so.",
                "Dole"
            )
            .as_deref(),
            Some("director of Fenwick Trust")
        );
        assert_eq!(
            rel("Tom Reyes, who chairs the harbour board, said so.", "Reyes").as_deref(),
            Some("chair of the harbour board")
        );
        assert_eq!(
            rel(
                "Tom Reyes, who chairs the harbour board and owns a boatyard, said so.",
                "Reyes"
            )
            .as_deref(),
            Some("chair of the harbour board")
        );
        assert_eq!(
            rel(
                "Tom Reyes, who runs the local food bank charity, said so.",
                "Reyes"
            )
            .as_deref(),
            Some("head of the local food bank charity")
        );
        // No title: a shop, a plain verb, an age, a passive with a person noun inside.
        assert_eq!(rel("Tom Reyes, who runs a bakery, said so.", "Reyes"), None);
        assert_eq!(
            rel("Tom Reyes, who voted against it, said so.", "Reyes"),
            None
        );
        assert_eq!(rel("Tom Reyes, who is 54, said so.", "Reyes"), None);
        assert_eq!(
            rel(
                "Tom Reyes, who was named by the inspector, said so.",
                "Reyes"
            ),
            None
        );
        assert_eq!(
            rel("Tom Reyes, who has said he is a candidate, spoke.", "Reyes"),
            None
        );
    }

    #[test]
    fn titles_with_person_nouns_and_relative_clauses() {
        assert_eq!(
            pre("Deputy chief hydrologist Ian Vale said so.", "Ian").as_deref(),
            Some("Deputy chief hydrologist")
        );
        // Another person's name is no part of a title.
        assert_eq!(
            pre("Analyst Ben Moss of Fenwick Partners said so.", "Fenwick"),
            None
        );
        assert_eq!(
            appo(
                "Dr Ana Holm, a hydrologist at Lund University who led the work, said so.",
                "Holm"
            )
            .as_deref(),
            Some("hydrologist at Lund University")
        );
    }
}
