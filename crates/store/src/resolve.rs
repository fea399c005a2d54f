//! Cross-document speaker merging.
//!
//! The [`Resolver`] keeps every known speaker in memory (their number is
//! small next to the number of attributions) and assigns each attribution's
//! speaker to an existing speaker or a new one, writing new speakers,
//! aliases, roles and upgrades through the ingest transaction. Ids come from
//! an `AUTOINCREMENT` column and are never reused, so a speaker's id is
//! stable for the life of the database.
//!
//! Persons (see [`crate::names`]): first a pass inside the document maps bare
//! surnames to the one full name with that surname in the same document; then
//! each name is matched across the corpus by surname, compatible first and
//! middle names and Mr./Mrs.; a bare surname joins a known person only when
//! that person is the only candidate (and its known roles do not contradict
//! the mention's role) or the only one whose roles match. Otherwise it goes
//! to a surname-only speaker ("Clinton"), which is upgraded in place when its
//! full name first appears and nobody else carries that surname.
//!
//! Organisations and groups merge by their folded name ("The White House" =
//! "White House"); an all-capitals single word merges with the organisation
//! whose acronym it is ("FBI").

use crate::error::{Context, Result};
use crate::names::{self, Honorific, PersonName};
use ascribe::{Attribution, SpeakerType};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::HashMap;
use std::path::Path;

/// One known speaker.
#[derive(Debug, Clone)]
struct Known {
    id: i64,
    name: String,
    person: bool,
    first: Option<String>,
    middle: Vec<String>,
    last: Option<String>,
    honorific: Option<Honorific>,
    /// Role word lists, for comparing roles.
    roles: Vec<Vec<String>>,
    /// Roles as written (to avoid re-inserting).
    role_texts: Vec<String>,
    aliases: Vec<String>,
    quotes: u64,
}

/// What the store records about one attribution's speaker.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Resolved {
    /// The speaker row, `None` when the attribution names nobody.
    pub id: Option<i64>,
    /// The role to store: the attribution's, or the title before the name.
    pub role: Option<String>,
}

/// The in-memory index of speakers.
#[derive(Debug, Default)]
pub(crate) struct Resolver {
    speakers: Vec<Known>,
    persons_by_last: HashMap<String, Vec<usize>>,
    /// (type, folded name) → speaker, for non-persons.
    others: HashMap<(String, String), usize>,
    /// Acronym of a multi-word organisation → speaker.
    acronyms: HashMap<String, usize>,
}

/// A person mention inside one document.
struct Mention {
    name: PersonName,
    role: Option<String>,
}

impl Resolver {
    /// Loads all speakers from the database.
    pub fn load(conn: &Connection, path: &Path) -> Result<Resolver> {
        let mut r = Resolver::default();
        let mut positions = HashMap::new();
        {
            let mut stmt = conn
                .prepare(
                    "SELECT id, name, type, first, middle, last, gender FROM speakers ORDER BY id",
                )
                .at(path)?;
            let rows = stmt
                .query_map([], |row| {
                    Ok(Known {
                        id: row.get(0)?,
                        name: row.get(1)?,
                        person: row.get::<_, String>(2)? == "person",
                        first: row.get(3)?,
                        middle: row
                            .get::<_, Option<String>>(4)?
                            .map(|m| {
                                m.split(' ')
                                    .filter(|s| !s.is_empty())
                                    .map(String::from)
                                    .collect()
                            })
                            .unwrap_or_default(),
                        last: row.get(5)?,
                        honorific: row
                            .get::<_, Option<String>>(6)?
                            .as_deref()
                            .and_then(Honorific::parse),
                        roles: Vec::new(),
                        role_texts: Vec::new(),
                        aliases: Vec::new(),
                        quotes: 0,
                    })
                })
                .at(path)?;
            for (i, k) in rows.enumerate() {
                let k = k.at(path)?;
                positions.insert(k.id, i);
                r.speakers.push(k);
            }
        }
        let mut stmt = conn
            .prepare("SELECT speaker_id, role FROM speaker_roles")
            .at(path)?;
        let rows = stmt
            .query_map([], |row| {
                Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
            })
            .at(path)?;
        for row in rows {
            let (id, role) = row.at(path)?;
            if let Some(&i) = positions.get(&id) {
                r.speakers[i].roles.push(names::role_words(&role));
                r.speakers[i].role_texts.push(role);
            }
        }
        let mut stmt = conn
            .prepare("SELECT speaker_id, alias FROM speaker_aliases")
            .at(path)?;
        let rows = stmt
            .query_map([], |row| {
                Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
            })
            .at(path)?;
        for row in rows {
            let (id, alias) = row.at(path)?;
            if let Some(&i) = positions.get(&id) {
                r.speakers[i].aliases.push(alias);
            }
        }
        let mut stmt = conn
            .prepare("SELECT speaker_id, COUNT(*) FROM attributions WHERE speaker_id IS NOT NULL GROUP BY speaker_id")
            .at(path)?;
        let rows = stmt
            .query_map([], |row| Ok((row.get::<_, i64>(0)?, row.get::<_, i64>(1)?)))
            .at(path)?;
        for row in rows {
            let (id, n) = row.at(path)?;
            if let Some(&i) = positions.get(&id) {
                r.speakers[i].quotes = u64::try_from(n).unwrap_or(0);
            }
        }
        for i in 0..r.speakers.len() {
            r.index(i);
        }
        Ok(r)
    }

    fn index(&mut self, i: usize) {
        let k = &self.speakers[i];
        if k.person {
            if let Some(last) = &k.last {
                let list = self.persons_by_last.entry(last.clone()).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
            }
        } else {
            let ty = if k.person { "person" } else { "other" };
            let key = names::org_key(&k.name);
            self.others.entry((ty.to_string(), key)).or_insert(i);
            if let Some(acr) = names::acronym(&k.name) {
                self.acronyms.entry(acr).or_insert(i);
            }
        }
    }

    /// Resolves the speakers of one document's attributions (in order).
    pub fn resolve_document(
        &mut self,
        conn: &Connection,
        path: &Path,
        attributions: &[Attribution],
    ) -> Result<Vec<Resolved>> {
        // Person mentions of the document, for surname → full-name mapping.
        let mentions: Vec<Option<Mention>> = attributions
            .iter()
            .map(|a| {
                let raw = a.speaker.name.as_deref()?;
                let maybe_person =
                    matches!(a.speaker.kind, SpeakerType::Person | SpeakerType::Unknown);
                if !maybe_person {
                    return None;
                }
                let name = names::parse_person(raw)?;
                if a.speaker.kind == SpeakerType::Unknown
                    && name.first.is_none()
                    && !self.persons_by_last.contains_key(&name.last)
                {
                    return None;
                }
                let role = a.speaker.role.clone().or_else(|| name.title.clone());
                Some(Mention { name, role })
            })
            .collect();
        let full: Vec<&PersonName> = mentions
            .iter()
            .flatten()
            .map(|m| &m.name)
            .filter(|n| n.first.is_some())
            .collect();
        let mut out = Vec::with_capacity(attributions.len());
        // The same name (and, for a bare surname, the same Mr./Mrs. and role)
        // in one document → the same speaker.
        type Key = (
            String,
            Option<String>,
            Vec<String>,
            Option<&'static str>,
            Option<String>,
        );
        let mut local: HashMap<Key, usize> = HashMap::new();
        for (a, mention) in attributions.iter().zip(&mentions) {
            let Some(raw) = a
                .speaker
                .name
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
            else {
                out.push(Resolved {
                    id: None,
                    role: a.speaker.role.clone(),
                });
                continue;
            };
            let i = match mention {
                Some(m) => {
                    let mut name = m.name.clone();
                    if name.first.is_none() {
                        let same: Vec<&&PersonName> = full
                            .iter()
                            .filter(|f| {
                                f.last == name.last && honorifics_ok(f.honorific, name.honorific)
                            })
                            .collect();
                        if let [only] = same.as_slice() {
                            name.first = only.first.clone();
                            name.middle = only.middle.clone();
                            name.display = only.display.clone();
                        }
                    }
                    let bare = name.first.is_none();
                    let key = (
                        name.last.clone(),
                        name.first.clone(),
                        name.middle.clone(),
                        name.honorific.filter(|_| bare).map(Honorific::as_str),
                        m.role.clone().filter(|_| bare),
                    );
                    let i = match local.get(&key) {
                        Some(&i) => i,
                        None => {
                            let i = self.resolve_person(conn, path, &name, m.role.as_deref())?;
                            local.insert(key, i);
                            i
                        }
                    };
                    if let Some(h) = name.honorific {
                        self.set_honorific(conn, path, i, h)?;
                    }
                    i
                }
                None => self.resolve_other(conn, path, raw, a.speaker.kind)?,
            };
            let role = a
                .speaker
                .role
                .clone()
                .or_else(|| mention.as_ref().and_then(|m| m.role.clone()));
            self.note(conn, path, i, raw, role.as_deref())?;
            out.push(Resolved {
                id: Some(self.speakers[i].id),
                role,
            });
        }
        Ok(out)
    }

    fn resolve_person(
        &mut self,
        conn: &Connection,
        path: &Path,
        m: &PersonName,
        role: Option<&str>,
    ) -> Result<usize> {
        let role_words = role.map(names::role_words).unwrap_or_default();
        let cands: Vec<usize> = self
            .persons_by_last
            .get(&m.last)
            .map(|v| {
                v.iter()
                    .copied()
                    .filter(|&i| honorifics_ok(self.speakers[i].honorific, m.honorific))
                    .collect()
            })
            .unwrap_or_default();
        let role_score = |k: &Known| {
            k.roles
                .iter()
                .map(|r| names::role_similarity(r, &role_words))
                .fold(0.0, f64::max)
        };
        if let Some(first) = &m.first {
            let compatible: Vec<usize> = cands
                .iter()
                .copied()
                .filter(|&i| {
                    let k = &self.speakers[i];
                    k.first
                        .as_deref()
                        .is_some_and(|f| names::first_names_compatible(f, first))
                        && names::middles_compatible(&k.middle, &m.middle)
                })
                .collect();
            if !compatible.is_empty() {
                let best = compatible
                    .iter()
                    .copied()
                    .max_by(|&x, &y| {
                        let (kx, ky) = (&self.speakers[x], &self.speakers[y]);
                        let ex = (kx.first.as_deref() == Some(first), kx.middle == m.middle);
                        let ey = (ky.first.as_deref() == Some(first), ky.middle == m.middle);
                        ex.cmp(&ey)
                            .then(role_score(kx).total_cmp(&role_score(ky)))
                            .then(kx.quotes.cmp(&ky.quotes))
                            .then(ky.id.cmp(&kx.id))
                    })
                    .unwrap_or(compatible[0]);
                return Ok(best);
            }
            // A surname-only speaker with no full-named rival takes the full name.
            let with_first = cands
                .iter()
                .filter(|&&i| self.speakers[i].first.is_some())
                .count();
            let bare: Vec<usize> = cands
                .iter()
                .copied()
                .filter(|&i| self.speakers[i].first.is_none())
                .collect();
            if with_first == 0 {
                if let [only] = bare.as_slice() {
                    let only = *only;
                    self.upgrade(conn, path, only, m)?;
                    return Ok(only);
                }
            }
            return self.create_person(conn, path, m);
        }
        // A bare surname.
        let with_first: Vec<usize> = cands
            .iter()
            .copied()
            .filter(|&i| self.speakers[i].first.is_some())
            .collect();
        if !role_words.is_empty() {
            let scored: Vec<(usize, f64)> = with_first
                .iter()
                .map(|&i| (i, role_score(&self.speakers[i])))
                .filter(|&(_, s)| s >= 0.5)
                .collect();
            let top = scored.iter().map(|&(_, s)| s).fold(0.0, f64::max);
            let best: Vec<usize> = scored
                .iter()
                .filter(|&&(_, s)| s == top)
                .map(|&(i, _)| i)
                .collect();
            if let [only] = best.as_slice() {
                return Ok(*only);
            }
        }
        if m.honorific.is_some() {
            let same: Vec<usize> = with_first
                .iter()
                .copied()
                .filter(|&i| self.speakers[i].honorific == m.honorific)
                .collect();
            if let [only] = same.as_slice() {
                return Ok(*only);
            }
        }
        if let [only] = with_first.as_slice() {
            let k = &self.speakers[*only];
            let contradicts = !role_words.is_empty() && !k.roles.is_empty() && role_score(k) == 0.0;
            if !contradicts {
                return Ok(*only);
            }
        }
        if let Some(&bare) = cands.iter().find(|&&i| self.speakers[i].first.is_none()) {
            return Ok(bare);
        }
        self.create_person(conn, path, m)
    }

    fn create_person(&mut self, conn: &Connection, path: &Path, m: &PersonName) -> Result<usize> {
        let display = if m.first.is_some() {
            m.display.clone()
        } else {
            title_case_last(m)
        };
        let middle = (!m.middle.is_empty()).then(|| m.middle.join(" "));
        conn.execute(
            "INSERT INTO speakers (name, type, first, middle, last, gender, created_at) VALUES (?1, 'person', ?2, ?3, ?4, ?5, datetime('now'))",
            params![display, m.first, middle, m.last, m.honorific.map(Honorific::as_str)],
        )
        .at(path)?;
        let k = Known {
            id: conn.last_insert_rowid(),
            name: display,
            person: true,
            first: m.first.clone(),
            middle: m.middle.clone(),
            last: Some(m.last.clone()),
            honorific: m.honorific,
            roles: Vec::new(),
            role_texts: Vec::new(),
            aliases: Vec::new(),
            quotes: 0,
        };
        self.speakers.push(k);
        let i = self.speakers.len() - 1;
        self.index(i);
        Ok(i)
    }

    fn upgrade(&mut self, conn: &Connection, path: &Path, i: usize, m: &PersonName) -> Result<()> {
        let middle = (!m.middle.is_empty()).then(|| m.middle.join(" "));
        let k = &mut self.speakers[i];
        conn.execute(
            "UPDATE speakers SET name = ?2, first = ?3, middle = ?4 WHERE id = ?1",
            params![k.id, m.display, m.first, middle],
        )
        .at(path)?;
        k.name = m.display.clone();
        k.first = m.first.clone();
        k.middle = m.middle.clone();
        Ok(())
    }

    fn set_honorific(
        &mut self,
        conn: &Connection,
        path: &Path,
        i: usize,
        h: Honorific,
    ) -> Result<()> {
        let k = &mut self.speakers[i];
        if k.honorific.is_none() {
            conn.execute(
                "UPDATE speakers SET gender = ?2 WHERE id = ?1",
                params![k.id, h.as_str()],
            )
            .at(path)?;
            k.honorific = Some(h);
        }
        Ok(())
    }

    fn resolve_other(
        &mut self,
        conn: &Connection,
        path: &Path,
        raw: &str,
        kind: SpeakerType,
    ) -> Result<usize> {
        let key = names::org_key(raw);
        if let Some(&i) = self.others.get(&("other".to_string(), key.clone())) {
            return Ok(i);
        }
        let is_acronym = !raw.contains(' ')
            && raw
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
        if is_acronym {
            if let Some(&i) = self.acronyms.get(&key) {
                return Ok(i);
            }
        }
        if let Some(acr) = names::acronym(raw) {
            if let Some(&i) = self.others.get(&("other".to_string(), acr)) {
                if !self.speakers[i].name.contains(' ') {
                    return Ok(i);
                }
            }
        }
        let name = raw.trim().trim_start_matches("the ").to_string();
        conn.execute(
            "INSERT INTO speakers (name, type, created_at) VALUES (?1, ?2, datetime('now'))",
            params![name, kind.as_str()],
        )
        .at(path)?;
        self.speakers.push(Known {
            id: conn.last_insert_rowid(),
            name,
            person: false,
            first: None,
            middle: Vec::new(),
            last: None,
            honorific: None,
            roles: Vec::new(),
            role_texts: Vec::new(),
            aliases: Vec::new(),
            quotes: 0,
        });
        let i = self.speakers.len() - 1;
        self.index(i);
        Ok(i)
    }

    /// Records an alias and a role of speaker `i`, and counts the quote.
    fn note(
        &mut self,
        conn: &Connection,
        path: &Path,
        i: usize,
        alias: &str,
        role: Option<&str>,
    ) -> Result<()> {
        let k = &mut self.speakers[i];
        k.quotes += 1;
        if !k.aliases.iter().any(|a| a == alias) {
            conn.execute(
                "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias) VALUES (?1, ?2)",
                params![k.id, alias],
            )
            .at(path)?;
            k.aliases.push(alias.to_string());
        }
        if let Some(role) = role.map(str::trim).filter(|r| !r.is_empty()) {
            if !k.role_texts.iter().any(|r| r == role) {
                conn.execute(
                    "INSERT OR IGNORE INTO speaker_roles (speaker_id, role) VALUES (?1, ?2)",
                    params![k.id, role],
                )
                .at(path)?;
                k.role_texts.push(role.to_string());
                k.roles.push(names::role_words(role));
            }
        }
        Ok(())
    }
}

fn honorifics_ok(a: Option<Honorific>, b: Option<Honorific>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// The display name of a surname-only speaker: the surname as written.
fn title_case_last(m: &PersonName) -> String {
    let d = m.display.trim();
    if d.is_empty() {
        m.last.clone()
    } else {
        d.to_string()
    }
}

/// Speakers matching `name`: those with exactly this name (any case); for a
/// bare surname ("Clinton") every person bearing it; else those with this
/// alias; else persons with the same surname and a compatible first name;
/// else organisations by folded name.
pub(crate) fn find(conn: &Connection, path: &Path, name: &str) -> Result<Vec<i64>> {
    let name = name.trim();
    let ids = |sql: &str, arg: &str| -> Result<Vec<i64>> {
        let mut stmt = conn.prepare_cached(sql).at(path)?;
        let rows = stmt.query_map([arg], |r| r.get(0)).at(path)?;
        rows.collect::<rusqlite::Result<Vec<i64>>>().at(path)
    };
    let exact = ids(
        "SELECT id FROM speakers WHERE name = ?1 COLLATE NOCASE ORDER BY id",
        name,
    )?;
    if !exact.is_empty() {
        return Ok(exact);
    }
    let parsed = names::parse_person(name);
    if let Some(p) = parsed.as_ref().filter(|p| p.first.is_none()) {
        let all = ids(
            "SELECT id FROM speakers WHERE last = ?1 AND type = 'person' ORDER BY id",
            &p.last,
        )?;
        if !all.is_empty() {
            return Ok(all);
        }
    }
    let alias = ids("SELECT DISTINCT speaker_id FROM speaker_aliases WHERE alias = ?1 COLLATE NOCASE ORDER BY speaker_id", name)?;
    if !alias.is_empty() {
        return Ok(alias);
    }
    if let Some(p) = parsed.filter(|p| p.first.is_some()) {
        let mut stmt = conn.prepare("SELECT id, first, middle FROM speakers WHERE last = ?1 AND type = 'person' ORDER BY id").at(path)?;
        let rows = stmt
            .query_map([&p.last], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<String>>(2)?,
                ))
            })
            .at(path)?;
        let mut out = Vec::new();
        for row in rows {
            let (id, first, middle) = row.at(path)?;
            let middle: Vec<String> = middle
                .unwrap_or_default()
                .split(' ')
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            let first_ok = match (&p.first, &first) {
                (Some(a), Some(b)) => names::first_names_compatible(a, b),
                _ => false,
            };
            if first_ok && names::middles_compatible(&p.middle, &middle) {
                out.push(id);
            }
        }
        if !out.is_empty() {
            return Ok(out);
        }
    }
    let key = names::org_key(name);
    let id: Option<i64> = conn
        .query_row("SELECT id FROM speakers WHERE type != 'person' AND lower(name) = ?1 ORDER BY id LIMIT 1", [key], |r| r.get(0))
        .optional()
        .at(path)?;
    Ok(id.into_iter().collect())
}
