//! Dates: absolute ("March 3, 2017", "3 марта 2017 г.", "3. März 2017",
//! "3 de marzo de 2017", "2017-03-03") and relative to the publication date
//! ("on Thursday", "yesterday", "last week", "earlier this month").
//!
//! Calendar arithmetic is done here on day numbers (days since 1970-01-01,
//! proleptic Gregorian), after Howard Hinnant's `days_from_civil` /
//! `civil_from_days`. Results are ISO 8601 strings: a day `2017-03-02`, or a
//! coarser period when that is all the text says: a week `2017-W09`, a month
//! `2017-03`, a year `2017`.

use std::ops::Range;

/// Day number of a civil date (days since 1970-01-01; negative before).
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Civil date of a day number.
pub fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((y + i64::from(m <= 2)) as i32, m, d)
}

/// Day of the week, 0 = Monday … 6 = Sunday.
pub fn weekday(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Number of days in a month.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A checked civil date as a day number.
pub fn ymd(y: i32, m: u32, d: u32) -> Option<i64> {
    ((1..=9999).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m))
        .then(|| days_from_civil(y, m, d))
}

/// The anchor of a document: the `YYYY-MM-DD` prefix of its publication date.
pub fn parse_anchor(published: &str) -> Option<i64> {
    let b = published.trim().as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() > 10 && b[10].is_ascii_digit() {
        return None;
    }
    ymd(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

/// A point or period in time, as precise as the text allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// One day (day number).
    Day(i64),
    /// An ISO week: (ISO year, week 1..=53).
    Week(i32, u32),
    /// A month.
    Month(i32, u32),
    /// A year.
    Year(i32),
}

impl When {
    /// ISO 8601 form.
    pub fn iso(self) -> String {
        match self {
            When::Day(d) => {
                let (y, m, d) = civil_from_days(d);
                format!("{y:04}-{m:02}-{d:02}")
            }
            When::Week(y, w) => format!("{y:04}-W{w:02}"),
            When::Month(y, m) => format!("{y:04}-{m:02}"),
            When::Year(y) => format!("{y:04}"),
        }
    }

    /// True for a single day.
    pub fn is_day(self) -> bool {
        matches!(self, When::Day(_))
    }
}

/// ISO week of a day number.
pub fn iso_week(days: i64) -> When {
    let thursday = days - weekday(days) + 3;
    let (y, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
    When::Week(y, week as u32)
}

/// Month number of a month name in English, Russian, Ukrainian, French,
/// German, Spanish, Italian or Portuguese (lowercase; genitive forms too).
pub fn month_number(lower: &str) -> Option<u32> {
    let m = match lower.trim_end_matches('.') {
        "january" | "jan" | "января" | "январь" | "січня" | "janvier" | "januar" | "jänner"
        | "enero" | "gennaio" | "janeiro" => 1,
        "february" | "feb" | "февраля" | "февраль" | "лютого" | "février" | "fevrier"
        | "februar" | "febrero" | "febbraio" | "fevereiro" => 2,
        "march" | "mar" | "марта" | "март" | "березня" | "mars" | "märz" | "maerz" | "marzo"
        | "março" | "marco" => 3,
        "april" | "apr" | "апреля" | "апрель" | "квітня" | "avril" | "abril" | "aprile" => {
            4
        }
        "may" | "мая" | "май" | "травня" | "mai" | "mayo" | "maggio" | "maio" => 5,
        "june" | "jun" | "июня" | "июнь" | "червня" | "juin" | "juni" | "junio" | "giugno"
        | "junho" => 6,
        "july" | "jul" | "июля" | "июль" | "липня" | "juillet" | "juli" | "julio" | "luglio"
        | "julho" => 7,
        "august" | "aug" | "августа" | "август" | "серпня" | "août" | "aout" | "agosto" => {
            8
        }
        "september" | "sep" | "sept" | "сентября" | "сентябрь" | "вересня" | "septembre"
        | "septiembre" | "setiembre" | "settembre" | "setembro" => 9,
        "october" | "oct" | "октября" | "октябрь" | "жовтня" | "octobre" | "oktober"
        | "octubre" | "ottobre" | "outubro" => 10,
        "november" | "nov" | "ноября" | "ноябрь" | "листопада" | "novembre" | "noviembre"
        | "novembro" => 11,
        "december" | "dec" | "декабря" | "декабрь" | "грудня" | "décembre" | "decembre"
        | "dezember" | "diciembre" | "dicembre" | "dezembro" => 12,
        _ => return None,
    };
    Some(m)
}

/// Day of the week of an English weekday name (lowercase), Monday 0.
pub fn weekday_number(lower: &str) -> Option<i64> {
    Some(match lower {
        "monday" => 0,
        "tuesday" => 1,
        "wednesday" => 2,
        "thursday" => 3,
        "friday" => 4,
        "saturday" => 5,
        "sunday" => 6,
        _ => return None,
    })
}

fn small_number(lower: &str) -> Option<i64> {
    if let Ok(n) = lower.parse::<i64>() {
        return (0..=400).contains(&n).then_some(n);
    }
    Some(match lower {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "several" | "few" => return None,
        _ => return None,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lx {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone)]
struct Tok {
    start: usize,
    end: usize,
    kind: Lx,
    lower: String,
    /// Starts with a capital letter.
    capital: bool,
}

/// Words (letter runs), numbers (digit runs) and single punctuation marks.
fn lex(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        let kind = if c.is_alphabetic() {
            Lx::Word
        } else if c.is_ascii_digit() {
            Lx::Num
        } else {
            Lx::Punct
        };
        let mut end = i + c.len_utf8();
        if kind != Lx::Punct {
            while let Some(&(j, d)) = it.peek() {
                let same = match kind {
                    Lx::Word => d.is_alphabetic(),
                    _ => d.is_ascii_digit(),
                };
                if !same {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
        }
        out.push(Tok {
            start: i,
            end,
            kind,
            lower: text[i..end].to_lowercase(),
            capital: c.is_uppercase(),
        });
    }
    out
}

/// Cheap test before lexing: every date has a digit or one of a few words.
fn may_hold_a_date(text: &str) -> bool {
    if text.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    let mut buf = [0u8; 9];
    text.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        if !(3..=9).contains(&w.len()) {
            return false;
        }
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        matches!(
            &*lower,
            b"yesterday"
                | b"today"
                | b"tonight"
                | b"last"
                | b"this"
                | b"earlier"
                | b"ago"
                | b"monday"
                | b"tuesday"
                | b"wednesday"
                | b"thursday"
                | b"friday"
                | b"saturday"
                | b"sunday"
        )
    })
}

/// A date expression found in a text: its byte range there and its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte range in the searched text.
    pub range: Range<usize>,
    /// The value.
    pub when: When,
    /// Absolute (the text gives the date itself) rather than relative.
    pub absolute: bool,
}

/// All date expressions in `text`, left to right. Relative ones (and
/// absolute ones without a year) need `anchor`; without it they are skipped.
pub fn find(text: &str, anchor: Option<i64>) -> Vec<Found> {
    if !may_hold_a_date(text) {
        return Vec::new();
    }
    let toks = lex(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some((n, when, absolute)) = match_at(&toks, i, anchor) {
            let n = n.max(1);
            let end = toks[(i + n - 1).min(toks.len() - 1)].end;
            // An impossible date ("31 February 2017") is consumed, not reread as "February 2017".
            if let Some(when) = when {
                out.push(Found {
                    range: toks[i].start..end,
                    when,
                    absolute,
                });
            }
            i += n;
        } else {
            i += 1;
        }
    }
    out
}

fn num_at(toks: &[Tok], i: usize, max_len: usize) -> Option<u32> {
    let t = toks.get(i)?;
    (t.kind == Lx::Num && t.lower.len() <= max_len)
        .then(|| t.lower.parse().ok())
        .flatten()
}

fn word_at(toks: &[Tok], i: usize) -> Option<&str> {
    toks.get(i)
        .filter(|t| t.kind != Lx::Num)
        .map(|t| t.lower.as_str())
}

fn year_at(toks: &[Tok], i: usize) -> Option<i32> {
    let t = toks.get(i)?;
    (t.kind == Lx::Num && t.lower.len() == 4)
        .then(|| t.lower.parse().ok())
        .flatten()
}

/// Year for a day and month given without one: the latest such date not
/// more than a week after the anchor.
fn infer_year(m: u32, d: u32, anchor: i64) -> Option<i64> {
    let (ay, _, _) = civil_from_days(anchor);
    let this = ymd(ay, m, d);
    match this {
        Some(day) if day <= anchor + 7 => Some(day),
        _ => ymd(ay - 1, m, d),
    }
}

/// Tokens after a day-month-year date that belong to it ("г.", "года").
fn year_tail(toks: &[Tok], mut i: usize) -> usize {
    let start = i;
    if matches!(word_at(toks, i), Some("г" | "года" | "року" | "р")) {
        i += 1;
        if word_at(toks, i) == Some(".") && toks[i].start == toks[i - 1].end {
            i += 1;
        }
    }
    i - start
}

/// An ordinal ending glued to a day number ("3rd", "1er", German "3."):
/// how many tokens it takes (0 or 1).
fn ordinal_suffix(toks: &[Tok], i: usize, period: bool) -> usize {
    let (Some(t), Some(prev)) = (toks.get(i), i.checked_sub(1).and_then(|p| toks.get(p))) else {
        return 0;
    };
    let glued = t.start == prev.end;
    let suffix = matches!(
        t.lower.as_str(),
        "st" | "nd" | "rd" | "th" | "er" | "º" | "°"
    );
    usize::from(glued && (suffix || (period && t.lower == ".")))
}

/// Longest date expression starting at token `i`: (tokens used, value, absolute).
/// The value is `None` for a well-formed but impossible date.
fn match_at(toks: &[Tok], i: usize, anchor: Option<i64>) -> Option<(usize, Option<When>, bool)> {
    match_inner(toks, i, anchor)
        .map(|(n, w, a)| (n, Some(w), a))
        .or_else(|| impossible(toks, i))
}

/// "31 February 2017": a day-month-year shape whose day does not exist.
fn impossible(toks: &[Tok], i: usize) -> Option<(usize, Option<When>, bool)> {
    num_at(toks, i, 2)?;
    let mut j = i + 1;
    j += ordinal_suffix(toks, j, true);
    if word_at(toks, j) == Some("de") {
        j += 1;
    }
    word_at(toks, j).and_then(month_number)?;
    Some((j + 1 - i, None, true))
}

fn match_inner(toks: &[Tok], i: usize, anchor: Option<i64>) -> Option<(usize, When, bool)> {
    let t = &toks[i];
    // ISO 2017-03-02.
    if let Some(y) = year_at(toks, i) {
        if word_at(toks, i + 1) == Some("-") && word_at(toks, i + 3) == Some("-") {
            if let (Some(m), Some(d)) = (num_at(toks, i + 2, 2), num_at(toks, i + 4, 2)) {
                if let Some(day) = ymd(y, m, d) {
                    return Some((5, When::Day(day), true));
                }
            }
        }
    }
    // Day first: "3 March 2017", "3. März 2017", "3 марта 2017 г.", "3 de marzo de 2017", "1er mars".
    if let Some(d) = num_at(toks, i, 2) {
        let mut j = i + 1;
        j += ordinal_suffix(toks, j, true);
        if word_at(toks, j) == Some("de") {
            j += 1;
        }
        if let Some(m) = word_at(toks, j).and_then(month_number) {
            j += 1;
            if word_at(toks, j) == Some(".") {
                j += 1;
            }
            let mut k = j;
            if matches!(word_at(toks, k), Some("de" | "del" | ",")) {
                k += 1;
            }
            if let Some(y) = year_at(toks, k) {
                let day = ymd(y, m, d)?;
                let n = k + 1 - i + year_tail(toks, k + 1);
                return Some((n, When::Day(day), true));
            }
            let day = infer_year(m, d, anchor?)?;
            return Some((j - i, When::Day(day), true));
        }
    }
    // Month first: "March 3, 2017", "Mar. 3", "March 2017".
    if t.kind == Lx::Word {
        if let Some(m) = month_number(&t.lower) {
            let mut j = i + 1;
            if word_at(toks, j) == Some(".") {
                j += 1;
            }
            if let Some(d) = num_at(toks, j, 2) {
                j += 1;
                j += ordinal_suffix(toks, j, false);
                let mut k = j;
                if word_at(toks, k) == Some(",") {
                    k += 1;
                }
                if let Some(y) = year_at(toks, k) {
                    return Some((k + 1 - i, When::Day(ymd(y, m, d)?), true));
                }
                let day = infer_year(m, d, anchor?)?;
                return Some((j - i, When::Day(day), true));
            }
            if let Some(y) = year_at(toks, j) {
                if (1..=12).contains(&m) && t.lower != "may" {
                    return Some((j + 1 - i, When::Month(y, m), true));
                }
            }
        }
    }
    if t.kind != Lx::Word {
        return None;
    }
    // Weekday, possibly followed by an absolute date ("Thursday, March 2, 2017").
    if let Some(wd) = weekday_number(&t.lower) {
        let mut j = i + 1;
        if word_at(toks, j) == Some(",") {
            j += 1;
        }
        // One level of recursion only: the next token is no weekday.
        if j < toks.len() && weekday_number(&toks[j].lower).is_none() {
            if let Some((n, when, true)) = match_inner(toks, j, anchor) {
                return Some((j + n - i, when, true));
            }
        }
        let a = anchor?;
        let back = (weekday(a) - wd).rem_euclid(7);
        let prev = i.checked_sub(1).and_then(|p| word_at(toks, p));
        let back = if prev == Some("last") && back == 0 {
            7
        } else {
            back
        };
        return Some((1, When::Day(a - back), false));
    }
    let a = anchor?;
    let w1 = word_at(toks, i + 1);
    let w2 = word_at(toks, i + 2);
    let (y, m, _) = civil_from_days(a);
    let prev_month = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
    match (t.lower.as_str(), w1, w2) {
        ("the", Some("day"), Some("before")) if word_at(toks, i + 3) == Some("yesterday") => {
            Some((4, When::Day(a - 2), false))
        }
        ("yesterday", _, _) => Some((1, When::Day(a - 1), false)),
        // A capital after a word makes it a title: "Radio 4's Today
        // programme", "USA Today", "NBC's Today show".
        ("today" | "tonight", _, _) if t.capital && i > 0 && toks[i - 1].kind == Lx::Word => None,
        ("today" | "tonight", _, _) => Some((1, When::Day(a), false)),
        ("this", Some("morning" | "afternoon" | "evening"), _) => Some((2, When::Day(a), false)),
        ("last", Some("night"), _) => Some((2, When::Day(a - 1), false)),
        ("last", Some("week"), _) => Some((2, iso_week(a - 7), false)),
        ("last", Some("month"), _) => Some((2, When::Month(prev_month.0, prev_month.1), false)),
        ("last", Some("year"), _) => Some((2, When::Year(y - 1), false)),
        ("this" | "earlier", Some("week"), _) => Some((2, iso_week(a), false)),
        ("earlier", Some("this"), Some("week")) => Some((3, iso_week(a), false)),
        ("this", Some("month"), _) => Some((2, When::Month(y, m), false)),
        ("earlier", Some("this"), Some("month")) => Some((3, When::Month(y, m), false)),
        ("this", Some("year"), _) => Some((2, When::Year(y), false)),
        ("earlier", Some("this"), Some("year")) => Some((3, When::Year(y), false)),
        (n, Some(unit @ ("days" | "day" | "weeks" | "week")), Some("ago")) => {
            let n = small_number(n)?;
            let days = if unit.starts_with("week") { n * 7 } else { n };
            Some((3, When::Day(a - days), false))
        }
        ("in", _, _) => {
            let y = year_at(toks, i + 1)?;
            (1900..=2200)
                .contains(&y)
                .then_some((2, When::Year(y), true))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, anchor: Option<&str>) -> Option<String> {
        let a = anchor.and_then(parse_anchor);
        find(text, a).first().map(|f| f.when.iso())
    }

    #[test]
    fn civil_round_trip_over_four_centuries() {
        for z in (-200_000i64..200_000).step_by(37) {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
            assert!(d >= 1 && d <= days_in_month(y, m));
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2000, 2, 29)), (2000, 2, 29));
        // 2017-03-03 was a Friday.
        assert_eq!(weekday(days_from_civil(2017, 3, 3)), 4);
    }

    #[test]
    fn anchor_takes_an_iso_prefix_only() {
        assert_eq!(parse_anchor("2017-03-03"), ymd(2017, 3, 3));
        assert_eq!(parse_anchor("2017-03-03T10:00:00Z"), ymd(2017, 3, 3));
        assert_eq!(parse_anchor("2017-02-30"), None);
        assert_eq!(parse_anchor("March 3, 2017"), None);
        assert_eq!(parse_anchor(""), None);
        assert_eq!(parse_anchor("2017-03-031"), None);
    }

    #[test]
    fn absolute_dates_in_several_conventions() {
        assert_eq!(one("3 марта 2017 г.", None).as_deref(), Some("2017-03-03"));
        assert_eq!(one("2 mars 2017", None).as_deref(), Some("2017-03-02"));
        assert_eq!(one("1er mars 2017", None).as_deref(), Some("2017-03-01"));
        assert_eq!(one("3. März 2017", None).as_deref(), Some("2017-03-03"));
        assert_eq!(
            one("3 de marzo de 2017", None).as_deref(),
            Some("2017-03-03")
        );
        assert_eq!(one("March 3, 2017", None).as_deref(), Some("2017-03-03"));
        assert_eq!(one("Mar. 3, 2017", None).as_deref(), Some("2017-03-03"));
        assert_eq!(one("3 March 2017", None).as_deref(), Some("2017-03-03"));
        assert_eq!(one("on 2017-03-03", None).as_deref(), Some("2017-03-03"));
        assert_eq!(
            one("Thursday, March 2, 2017", None).as_deref(),
            Some("2017-03-02")
        );
        assert_eq!(one("in March 2017", None).as_deref(), Some("2017-03"));
        assert_eq!(one("31 February 2017", None), None);
    }

    #[test]
    fn relative_dates_need_an_anchor() {
        let a = Some("2017-03-03"); // a Friday
        assert_eq!(one("on Thursday", a).as_deref(), Some("2017-03-02"));
        assert_eq!(one("on Friday", a).as_deref(), Some("2017-03-03"));
        assert_eq!(one("last Friday", a).as_deref(), Some("2017-02-24"));
        assert_eq!(one("on Saturday", a).as_deref(), Some("2017-02-25"));
        assert_eq!(one("yesterday", a).as_deref(), Some("2017-03-02"));
        assert_eq!(
            one("the day before yesterday", a).as_deref(),
            Some("2017-03-01")
        );
        assert_eq!(one("earlier this month", a).as_deref(), Some("2017-03"));
        assert_eq!(
            one("last month", Some("2017-01-10")).as_deref(),
            Some("2016-12")
        );
        assert_eq!(one("last week", a).as_deref(), Some("2017-W08"));
        assert_eq!(one("three days ago", a).as_deref(), Some("2017-02-28"));
        assert_eq!(one("on March 2", a).as_deref(), Some("2017-03-02"));
        assert_eq!(one("on December 30", a).as_deref(), Some("2016-12-30"));
        for t in [
            "on Thursday",
            "yesterday",
            "last week",
            "earlier this month",
            "on March 2",
        ] {
            assert_eq!(one(t, None), None, "{t}");
        }
    }

    #[test]
    fn today_as_a_programme_or_paper_name_is_no_date() {
        let a = Some("2017-03-03");
        assert_eq!(one("today", a).as_deref(), Some("2017-03-03"));
        assert_eq!(one("Today he said", a).as_deref(), Some("2017-03-03"));
        assert_eq!(
            one("She said. Today we go", a).as_deref(),
            Some("2017-03-03")
        );
        for t in [
            "on Radio 4's Today programme",
            "told USA Today",
            "on NBC's Today show",
            "on the Tonight Show",
        ] {
            assert_eq!(one(t, a), None, "{t}");
        }
    }

    #[test]
    fn iso_weeks_cross_years() {
        assert_eq!(iso_week(days_from_civil(2021, 1, 1)), When::Week(2020, 53));
        assert_eq!(iso_week(days_from_civil(2018, 12, 31)), When::Week(2019, 1));
    }

    #[test]
    fn never_panics_on_odd_text() {
        for t in [
            "",
            "3",
            "3 de",
            "марта",
            "March",
            "2017-",
            "2017-13-40",
            "99999999999999999999 March",
            "last",
            "the day before",
        ] {
            let _ = find(t, parse_anchor("2017-03-03"));
        }
    }
}
