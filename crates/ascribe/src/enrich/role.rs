//! Roles and titles of a named person, from the words before the name
//! ("Kremlin Spokesperson Dmitry Peskov", "Senator for Texas and former
//! presidential candidate Ted Cruz") or from an apposition after it
//! ("Annie Machon, a former MI5 intelligence officer, said").

use super::names::{
    is_capitalized_stopword, is_first_name, is_person_noun, is_place, is_role_modifier,
    is_role_noun,
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
            let person_word = |i: usize| {
                is_role_noun(ctx.low(i))
                    || (i + 1 == name_start && !ctx.is_cap(i) && is_person_noun(ctx.low(i)))
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
