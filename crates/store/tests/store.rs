//! The store against real database files: migrations, idempotence,
//! replacement, speaker merging, search, trace, export, read-only and full disks.
//! Articles here are invented for these tests.

use ascribe::{Analysis, Attribution, Document, Kind, Span, Speaker, SpeakerType};
use ascribe_store::{
    schema, DiffOp, Entry, Error, ExportFormat, Filters, IngestOptions, Outcome, SearchQuery,
    Store, TraceQuery,
};
use std::path::PathBuf;

/// A fresh database path for one test.
fn db(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ascribe-store-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.db"));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    path
}

fn span(text: &str, part: &str) -> Span {
    let byte = text
        .find(part)
        .unwrap_or_else(|| panic!("{part:?} not in {text:?}"));
    let start = text[..byte].chars().count();
    Span {
        start,
        end: start + part.chars().count(),
        text: part.to_string(),
    }
}

/// An attribution of `quote` (found in `text`) to `name`.
fn attr(
    text: &str,
    quote: &str,
    name: Option<&str>,
    kind: SpeakerType,
    role: Option<&str>,
) -> Attribution {
    Attribution {
        kind: Kind::Direct,
        content: vec![span(text, quote)],
        cue: vec![span(text, "said")],
        source: vec![],
        speaker: Speaker {
            name: name.map(String::from),
            kind,
            role: role.map(String::from),
        },
        venue: None,
        date: None,
        handle: None,
        confidence: 0.9,
    }
}

fn person(text: &str, quote: &str, name: &str) -> Attribution {
    attr(text, quote, Some(name), SpeakerType::Person, None)
}

struct Doc {
    id: &'static str,
    outlet: &'static str,
    published: &'static str,
    text: String,
    attributions: Vec<Attribution>,
}

impl Doc {
    fn new(id: &'static str, outlet: &'static str, published: &'static str, text: &str) -> Doc {
        Doc {
            id,
            outlet,
            published,
            text: text.to_string(),
            attributions: Vec::new(),
        }
    }

    fn says(mut self, quote: &str, name: &str) -> Doc {
        self.attributions.push(person(&self.text, quote, name));
        self
    }

    fn says_as(mut self, quote: &str, name: &str, role: &str) -> Doc {
        self.attributions.push(attr(
            &self.text,
            quote,
            Some(name),
            SpeakerType::Person,
            Some(role),
        ));
        self
    }

    fn entry(&self) -> Entry {
        let mut doc = Document::new(self.text.clone()).with_id(self.id);
        doc.outlet = Some(self.outlet.into());
        doc.published = Some(self.published.into());
        Entry::Doc {
            doc,
            analysis: Analysis {
                id: self.id.into(),
                attributions: self.attributions.clone(),
                errors: vec![],
                boilerplate: Vec::new(),
            },
        }
    }
}

fn ingest(path: &PathBuf, docs: &[&Doc]) -> Vec<Outcome> {
    let mut ing = Store::open(path)
        .unwrap()
        .ingester(IngestOptions::default())
        .unwrap();
    let out = ing
        .write_batch(docs.iter().map(|d| d.entry()).collect())
        .unwrap();
    ing.finish().unwrap();
    out
}

fn count(store: &Store, sql: &str) -> i64 {
    store.connection().query_row(sql, [], |r| r.get(0)).unwrap()
}

/// Speaker id of the attribution whose content contains `quote`.
fn speaker_of(store: &Store, quote: &str) -> i64 {
    store
        .connection()
        .query_row(
            "SELECT speaker_id FROM attributions WHERE content LIKE ?1",
            [format!("%{quote}%")],
            |r| r.get(0),
        )
        .unwrap_or_else(|e| panic!("no attribution with {quote:?}: {e}"))
}

fn bridge() -> Doc {
    let text =
        "“We will rebuild the old bridge before the first snow,” Mayor Ana Ruiz said on Monday. \
                “The river does not wait for budgets,” said Ruiz.";
    Doc::new("bridge", "Valley Gazette", "2024-03-04", text)
        .says(
            "We will rebuild the old bridge before the first snow,",
            "Ana Ruiz",
        )
        .says("The river does not wait for budgets,", "Ruiz")
}

#[test]
fn fresh_database_is_migrated_and_marked() {
    let path = db("migrations");
    let store = Store::open(&path).unwrap();
    let version: i64 = store
        .connection()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    let app: i64 = store
        .connection()
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    let journal: String = store
        .connection()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        (version, app, journal.as_str()),
        (schema::LATEST, schema::APPLICATION_ID, "wal")
    );
    drop(store);
    // Reopening applies nothing twice and keeps data.
    ingest(&path, &[&bridge()]);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.stats().unwrap().documents, 1);
    assert!(store.check().unwrap().is_empty());
    // An empty file is a new database.
    let empty = db("migrations-empty");
    std::fs::write(&empty, b"").unwrap();
    assert_eq!(Store::open(&empty).unwrap().stats().unwrap().documents, 0);
}

#[test]
fn newer_foreign_and_corrupt_files_are_refused() {
    let path = db("newer");
    Store::open(&path)
        .unwrap()
        .connection()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, Error::NewerSchema { found: 99, .. }), "{err}");
    assert!(err.to_string().contains("newer"), "{err}");

    let foreign = db("foreign");
    {
        let c = rusqlite_connection(&foreign);
        c.execute_batch("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);")
            .unwrap();
    }
    let err = Store::open(&foreign).unwrap_err();
    assert!(matches!(err, Error::Foreign { .. }), "{err}");
    assert!(err.to_string().contains("invoices"), "{err}");

    let garbage = db("garbage");
    std::fs::write(
        &garbage,
        "this is a text file, not a database\n".repeat(200),
    )
    .unwrap();
    let err = Store::open(&garbage).unwrap_err();
    assert!(matches!(err, Error::Corrupt { .. }), "{err}");
    let err = Store::open_read_only(&garbage).unwrap_err();
    assert!(matches!(err, Error::Corrupt { .. }), "{err}");

    let missing = db("missing");
    assert!(matches!(
        Store::open_read_only(&missing).unwrap_err(),
        Error::Missing { .. }
    ));
    assert!(!missing.exists(), "read-only open must not create the file");
}

/// A plain connection for building foreign files (the store's own dependency).
fn rusqlite_connection(path: &PathBuf) -> ascribe_store::rusqlite::Connection {
    ascribe_store::rusqlite::Connection::open(path).unwrap()
}

#[test]
fn ingesting_twice_changes_nothing() {
    let path = db("idempotent");
    assert_eq!(ingest(&path, &[&bridge()]), vec![Outcome::New]);
    let snapshot = |store: &Store| -> Vec<(i64, String, Option<i64>)> {
        let mut stmt = store
            .connection()
            .prepare("SELECT id, content, speaker_id FROM attributions ORDER BY id")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let before = snapshot(&Store::open(&path).unwrap());
    let stats_before = Store::open(&path).unwrap().stats().unwrap();
    assert_eq!(ingest(&path, &[&bridge()]), vec![Outcome::Unchanged]);
    let store = Store::open(&path).unwrap();
    assert_eq!(snapshot(&store), before);
    let stats = store.stats().unwrap();
    assert_eq!(
        (stats.documents, stats.attributions, stats.speakers),
        (
            stats_before.documents,
            stats_before.attributions,
            stats_before.speakers
        )
    );
    assert_eq!(stats.attributions, 2);
    // Both attributions are one speaker ("Ruiz" → "Ana Ruiz" inside the document).
    assert_eq!(stats.speakers, 1);
}

#[test]
fn a_changed_document_replaces_its_attributions() {
    let path = db("replace");
    ingest(&path, &[&bridge()]);
    let text = "“We will repair the old bridge by spring,” Mayor Ana Ruiz said on Tuesday.";
    let changed = Doc::new("bridge", "Valley Gazette", "2024-03-05", text)
        .says("We will repair the old bridge by spring,", "Ana Ruiz");
    assert_eq!(ingest(&path, &[&changed]), vec![Outcome::Replaced]);
    let store = Store::open(&path).unwrap();
    let s = store.stats().unwrap();
    assert_eq!((s.documents, s.attributions), (1, 1));
    let q = |t: &str| {
        store
            .search(&SearchQuery {
                query: Some(t.into()),
                ..Default::default()
            })
            .unwrap()
            .len()
    };
    assert_eq!(q("snow"), 0, "old text must leave the index");
    assert_eq!(q("budgets"), 0);
    assert_eq!(q("repair"), 1);
    // LSH rows of the old quotes are gone: 8 bands for the one indexed quote.
    assert_eq!(count(&store, "SELECT COUNT(*) FROM quote_lsh"), 8);
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM quote_lsh WHERE attribution NOT IN (SELECT id FROM attributions)"
        ),
        0
    );
    assert!(store.check().unwrap().is_empty(), "{:?}", store.check());
    // The speaker keeps its id.
    assert_eq!(speaker_of(&store, "repair"), 1);
}

#[test]
fn failed_documents_are_recorded_and_do_not_stop_the_batch() {
    let path = db("failures");
    let mut ing = Store::open(&path)
        .unwrap()
        .ingester(IngestOptions::default())
        .unwrap();
    let out = ing
        .write_batch(vec![
            Entry::Failed {
                id: "broken".into(),
                error: "binary file, skipped".into(),
            },
            bridge().entry(),
        ])
        .unwrap();
    assert_eq!(out, vec![Outcome::Failed, Outcome::New]);
    let (store, summary) = ing.finish().unwrap();
    assert_eq!((summary.new, summary.failed), (1, 1));
    let errors = store.ingest_errors(None).unwrap();
    assert_eq!(errors.len(), 1);
    assert_eq!(
        (errors[0].doc_id.as_str(), errors[0].error.as_str()),
        ("broken", "binary file, skipped")
    );
}

#[test]
fn sessions_merges_across_documents_with_aliases_and_roles() {
    let path = db("sessions");
    let t1 =
        "“I did not have communications with the Russians,” Attorney General Jeff Sessions said.";
    let t2 = "“I will recuse myself,” said Sessions at a press conference.";
    let t3 = "“The law is the law,” Jeff Sessions said, speaking as a senator.";
    let d1 = Doc::new("s1", "Daily Ledger", "2017-03-02", t1).says(
        "I did not have communications with the Russians,",
        "Attorney General Jeff Sessions",
    );
    let d2 =
        Doc::new("s2", "Metro Post", "2017-03-03", t2).says("I will recuse myself,", "Sessions");
    let d3 = Doc::new("s3", "Daily Ledger", "2016-05-01", t3).says_as(
        "The law is the law,",
        "Jeff Sessions",
        "Sen.",
    );
    ingest(&path, &[&d1]);
    ingest(&path, &[&d2, &d3]);
    let store = Store::open(&path).unwrap();
    let id = speaker_of(&store, "Russians");
    assert_eq!(speaker_of(&store, "recuse"), id);
    assert_eq!(speaker_of(&store, "law is the law"), id);
    let profiles = store.profiles("Sessions", 5).unwrap();
    assert_eq!(profiles.len(), 1);
    let p = &profiles[0];
    assert_eq!((p.id, p.name.as_str(), p.quotes), (id, "Jeff Sessions", 3));
    let aliases: Vec<&str> = p.aliases.iter().map(|a| a.value.as_str()).collect();
    assert_eq!(aliases.len(), 3, "{aliases:?}");
    for a in [
        "Attorney General Jeff Sessions",
        "Sessions",
        "Jeff Sessions",
    ] {
        assert!(aliases.contains(&a), "{a} missing from {aliases:?}");
    }
    let roles: Vec<(&str, Option<&str>)> = p
        .roles
        .iter()
        .map(|r| (r.value.as_str(), r.first.as_deref()))
        .collect();
    assert_eq!(
        roles,
        vec![
            ("Sen.", Some("2016-05-01")),
            ("Attorney General", Some("2017-03-02"))
        ]
    );
    assert_eq!(
        p.per_month,
        vec![("2016-05".to_string(), 1), ("2017-03".to_string(), 2)]
    );
    assert_eq!(p.latest[0].doc_id, "s2");
    let outlets: Vec<(&str, u64)> = p
        .outlets
        .iter()
        .map(|o| (o.value.as_str(), o.count))
        .collect();
    assert_eq!(outlets, vec![("Daily Ledger", 2), ("Metro Post", 1)]);
}

#[test]
fn two_clintons_and_two_bushes_stay_apart() {
    let path = db("clintons");
    let t1 = "“We are stronger together,” Hillary Clinton said. Later Mrs. Clinton said “Thank you, Ohio.”";
    let t2 = "“I feel your pain,” Bill Clinton said.";
    let t3 = "“Read my lips,” said George H.W. Bush. “Mission accomplished,” said George W. Bush.";
    let t4 = "“Please clap,” Jeb Bush said.";
    let d1 = Doc::new("c1", "Ledger", "2016-07-28", t1)
        .says_as(
            "We are stronger together,",
            "Hillary Clinton",
            "former secretary of state",
        )
        .says("Thank you, Ohio.", "Mrs. Clinton");
    let d2 = Doc::new("c2", "Ledger", "2016-07-27", t2).says_as(
        "I feel your pain,",
        "Bill Clinton",
        "former president",
    );
    let d3 = Doc::new("b1", "Ledger", "2016-02-01", t3)
        .says("Read my lips,", "George H.W. Bush")
        .says("Mission accomplished,", "George W. Bush");
    let d4 = Doc::new("b2", "Ledger", "2016-02-02", t4).says_as(
        "Please clap,",
        "Jeb Bush",
        "former Florida governor",
    );
    ingest(&path, &[&d1, &d2, &d3, &d4]);
    // Later documents with partial names.
    let t5 =
        "“No more walls,” said Mrs. Clinton. “Jobs first,” Clinton, the former president, said. \
              “Low energy is wrong,” Bush, the former Florida Gov., said.";
    let d5 = Doc::new("later", "Ledger", "2016-08-01", t5)
        .says("No more walls,", "Mrs. Clinton")
        .says_as("Jobs first,", "Clinton", "the former president")
        .says_as("Low energy is wrong,", "Bush", "former Florida Gov.");
    let t6 = "“It is true,” said Bill Clinton. “We agree,” William Clinton said.";
    let d6 = Doc::new("bill", "Ledger", "2016-08-02", t6)
        .says("It is true,", "Bill Clinton")
        .says("We agree,", "William Clinton");
    ingest(&path, &[&d5, &d6]);
    let store = Store::open(&path).unwrap();
    let hillary = speaker_of(&store, "stronger together");
    let bill = speaker_of(&store, "feel your pain");
    assert_ne!(hillary, bill);
    assert_eq!(speaker_of(&store, "Thank you, Ohio"), hillary);
    assert_eq!(
        speaker_of(&store, "No more walls"),
        hillary,
        "Mrs. Clinton is Hillary"
    );
    assert_eq!(
        speaker_of(&store, "Jobs first"),
        bill,
        "the former president is Bill"
    );
    assert_eq!(speaker_of(&store, "It is true"), bill);
    assert_eq!(speaker_of(&store, "We agree"), bill, "William = Bill");
    let hw = speaker_of(&store, "Read my lips");
    let w = speaker_of(&store, "Mission accomplished");
    let jeb = speaker_of(&store, "Please clap");
    assert!(hw != w && w != jeb && hw != jeb, "{hw} {w} {jeb}");
    assert_eq!(
        speaker_of(&store, "Low energy"),
        jeb,
        "the Florida governor is Jeb"
    );
    // `speaker Clinton` finds both.
    let names: Vec<String> = store
        .profiles("Clinton", 1)
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(
        names.contains(&"Hillary Clinton".to_string())
            && names.contains(&"Bill Clinton".to_string()),
        "{names:?}"
    );
}

#[test]
fn an_ambiguous_surname_is_not_forced_onto_someone() {
    let path = db("ambiguous");
    let t1 = "“One,” said Hillary Clinton. “Two,” said Bill Clinton.";
    let t2 = "“Three words here,” Clinton said.";
    let d1 = Doc::new("a", "L", "2016-01-01", t1)
        .says("One,", "Hillary Clinton")
        .says("Two,", "Bill Clinton");
    let d2 = Doc::new("b", "L", "2016-01-02", t2).says("Three words here,", "Clinton");
    ingest(&path, &[&d1, &d2]);
    let store = Store::open(&path).unwrap();
    let bare = speaker_of(&store, "Three words");
    assert_ne!(bare, speaker_of(&store, "One"));
    assert_ne!(bare, speaker_of(&store, "Two"));
    let name: String = store
        .connection()
        .query_row("SELECT name FROM speakers WHERE id = ?1", [bare], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(name, "Clinton");
}

#[test]
fn a_surname_speaker_is_upgraded_when_the_full_name_appears() {
    let path = db("upgrade");
    let d1 = Doc::new("a", "L", "2020-01-01", "“Fine weather,” said Okafor.")
        .says("Fine weather,", "Okafor");
    ingest(&path, &[&d1]);
    let d2 = Doc::new(
        "b",
        "L",
        "2020-01-02",
        "“Rain tomorrow,” said Grace Okafor.",
    )
    .says("Rain tomorrow,", "Grace Okafor");
    ingest(&path, &[&d2]);
    let store = Store::open(&path).unwrap();
    let id = speaker_of(&store, "Fine weather");
    assert_eq!(speaker_of(&store, "Rain tomorrow"), id);
    assert_eq!(store.profiles("Okafor", 1).unwrap()[0].name, "Grace Okafor");
}

#[test]
fn organisations_merge_by_name_and_acronym() {
    let path = db("orgs");
    let text = "“No comment,” the Federal Bureau of Investigation said. “Still no comment,” the FBI said. \
                “We deny it,” The White House said. “We still deny it,” White House said.";
    let mut d = Doc::new("o", "L", "2020-01-01", text);
    for (q, n) in [
        ("No comment,", "Federal Bureau of Investigation"),
        ("Still no comment,", "FBI"),
        ("We deny it,", "The White House"),
        ("We still deny it,", "White House"),
    ] {
        d.attributions
            .push(attr(&d.text, q, Some(n), SpeakerType::Organization, None));
    }
    ingest(&path, &[&d]);
    let store = Store::open(&path).unwrap();
    assert_eq!(
        speaker_of(&store, "Still no comment"),
        speaker_of(&store, "No comment,")
    );
    assert_eq!(
        speaker_of(&store, "We still deny"),
        speaker_of(&store, "We deny it")
    );
    assert_ne!(
        speaker_of(&store, "We deny it"),
        speaker_of(&store, "No comment,")
    );
}

fn search_corpus(path: &PathBuf) {
    let t1 = "“This whole investigation is a witch hunt,” Senator Mara Quill said. “Hunting witches is an old sport,” said Tom Reyes.";
    let t2 = "“A witch hunt, plain and simple,” Quill said. “The hunters are tired,” Reyes said.";
    let t3 = "“Nothing about witches here,” Tom Reyes said. “Don't hunt for trouble,” Reyes added, and said so.";
    let d1 = Doc::new("n1", "Harbor Times", "2019-05-01", t1)
        .says_as(
            "This whole investigation is a witch hunt,",
            "Mara Quill",
            "Senator",
        )
        .says("Hunting witches is an old sport,", "Tom Reyes");
    let d2 = Doc::new("n2", "Inland Herald", "2019-06-01", t2)
        .says("A witch hunt, plain and simple,", "Quill")
        .says("The hunters are tired,", "Reyes");
    let d3 = Doc::new("n3", "Harbor Times", "2019-07-01", t3)
        .says("Nothing about witches here,", "Tom Reyes")
        .says("Don't hunt for trouble,", "Reyes");
    ingest(path, &[&d1, &d2, &d3]);
}

#[test]
fn search_phrase_prefix_filters_and_snippets() {
    let path = db("search");
    search_corpus(&path);
    let store = Store::open_read_only(&path).unwrap();
    let q = |query: &str, filters: Filters| -> Vec<String> {
        store
            .search(&SearchQuery {
                query: Some(query.into()),
                filters,
                limit: 10,
                ..Default::default()
            })
            .unwrap()
            .into_iter()
            .map(|h| h.doc_id + ":" + &h.snippet)
            .collect()
    };
    // A phrase: only the two "witch hunt" quotes.
    let hits = q("\"witch hunt\"", Filters::default());
    assert_eq!(hits.len(), 2, "{hits:?}");
    assert!(hits.iter().any(|h| h.contains("[witch hunt]")), "{hits:?}");
    // Words without quotes: all must occur, in any order.
    assert_eq!(q("hunt witch", Filters::default()).len(), 2);
    // A prefix query finds hunt, hunting, hunters.
    assert_eq!(
        q("hunt*", Filters::default()).len(),
        5,
        "{:?}",
        q("hunt*", Filters::default())
    );
    // Filters.
    let outlet = Filters {
        outlet: Some("harbor times".into()),
        ..Default::default()
    };
    assert_eq!(q("hunt*", outlet).len(), 3);
    let by = Filters {
        speaker: Some("Quill".into()),
        ..Default::default()
    };
    assert_eq!(q("hunt*", by).len(), 2);
    let by = Filters {
        speaker: Some("Tom Reyes".into()),
        since: Some("2019-06-01".into()),
        ..Default::default()
    };
    assert_eq!(q("hunt*", by).len(), 2);
    let until = Filters {
        until: Some("2019-05-31".into()),
        ..Default::default()
    };
    assert_eq!(q("hunt*", until).len(), 2);
    let kind = Filters {
        kind: Some("indirect".into()),
        ..Default::default()
    };
    assert!(q("hunt*", kind).is_empty());
    let nobody = Filters {
        speaker: Some("Nobody Known".into()),
        ..Default::default()
    };
    assert!(q("hunt*", nobody).is_empty());
    // An apostrophe is not FTS5 syntax: the query is retried with quoted terms.
    assert_eq!(q("don't", Filters::default()).len(), 1);
    // A phrase flag.
    let hits = store
        .search(&SearchQuery {
            query: Some("witch hunt plain".into()),
            phrase: true,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(hits.len(), 1);
    // BM25 order: the shorter, denser match first.
    let hits = store
        .search(&SearchQuery {
            query: Some("witch".into()),
            ..Default::default()
        })
        .unwrap();
    assert!(hits.windows(2).all(|w| w[0].score <= w[1].score));
    // An unbalanced quote is not an error either.
    assert_eq!(q("\"witch", Filters::default()).len(), 2);
    // No query: the latest quotes of a speaker.
    let latest = store
        .search(&SearchQuery {
            query: None,
            filters: Filters {
                speaker: Some("Reyes".into()),
                ..Default::default()
            },
            ..Default::default()
        })
        .unwrap();
    assert_eq!(latest.len(), 4);
    assert_eq!(latest[0].doc_id, "n3");
    // Most quoted.
    let top = store.speakers(&Filters::default(), 10).unwrap();
    assert_eq!(
        (top[0].name.as_str(), top[0].quotes, top[0].outlets),
        ("Tom Reyes", 4, 2)
    );
    let top = store
        .speakers(
            &Filters {
                outlet: Some("Inland Herald".into()),
                ..Default::default()
            },
            10,
        )
        .unwrap();
    assert_eq!(top.len(), 2);
    assert!(top.iter().all(|s| s.quotes == 1));
}

#[test]
fn trace_finds_variants_earliest_outlets_and_diffs() {
    let path = db("trace");
    let q0 = "We will not raise taxes on working families this year or next year";
    let q1 = "We will not raise taxes on working families this year";
    let q2 = "We will not raise taxes on families this year or next year";
    let q3 = "We will not raise fees on working families this year or next year";
    let unrelated = "The stadium will open in the spring after a long delay";
    let mk = |id: &'static str, outlet: &'static str, date: &'static str, quote: &str| {
        let text = format!("“{quote},” Governor Lena Park said. “{unrelated},” said Omar Diaz.");
        Doc::new(id, outlet, date, &text)
            .says(&format!("{quote},"), "Lena Park")
            .says(&format!("{unrelated},"), "Omar Diaz")
    };
    let docs = [
        mk("wire", "Wire Service", "2021-04-01", q0),
        mk("copy1", "Coast Daily", "2021-04-02", q0),
        mk("trim", "Inland Herald", "2021-04-03", q1),
        mk("drop", "Metro Post", "2021-04-02", q2),
        mk("fees", "Metro Post", "2021-04-05", q3),
    ];
    let refs: Vec<&Doc> = docs.iter().collect();
    ingest(&path, &refs);
    let store = Store::open_read_only(&path).unwrap();
    let t = store
        .trace(&TraceQuery {
            text: Some(q1.into()),
            ..Default::default()
        })
        .unwrap();
    let ids: Vec<&str> = t.occurrences.iter().map(|o| o.doc_id.as_str()).collect();
    assert_eq!(ids, vec!["wire", "copy1", "drop", "trim", "fees"], "{t:#?}");
    let earliest = t.earliest.as_ref().unwrap();
    assert_eq!(
        (earliest.doc_id.as_str(), earliest.outlet.as_deref()),
        ("wire", Some("Wire Service"))
    );
    let outlets: Vec<(&str, usize)> = t
        .outlets
        .iter()
        .map(|o| (o.outlet.as_deref().unwrap_or(""), o.count))
        .collect();
    assert_eq!(
        outlets,
        vec![
            ("Wire Service", 1),
            ("Coast Daily", 1),
            ("Metro Post", 2),
            ("Inland Herald", 1)
        ]
    );
    assert_eq!(t.variants.len(), 4);
    assert_eq!(t.variants[0].count, 2, "the wire text and its exact copy");
    assert!(t.variants[0].diff.is_empty());
    let fees = t.variants.iter().find(|v| v.text.contains("fees")).unwrap();
    assert!(
        fees.diff.contains(&DiffOp::Removed("taxes".into()))
            && fees.diff.contains(&DiffOp::Added("fees".into())),
        "{:?}",
        fees.diff
    );
    let dropped = t
        .variants
        .iter()
        .find(|v| !v.text.contains("working"))
        .unwrap();
    assert!(
        dropped.diff.contains(&DiffOp::Removed("working".into())),
        "{:?}",
        dropped.diff
    );
    // The unrelated quote is not in the cluster; tracing it finds its five copies only.
    let t2 = store
        .trace(&TraceQuery {
            text: Some(unrelated.into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(t2.occurrences.len(), 5);
    assert!(t2.occurrences.iter().all(|o| o.text.contains("stadium")));
    // By attribution id.
    let id = t.occurrences[0].attribution_id;
    let t3 = store
        .trace(&TraceQuery {
            attribution: Some(id),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(t3.occurrences.len(), 5);
    assert!(matches!(
        store.trace(&TraceQuery {
            attribution: Some(999_999),
            ..Default::default()
        }),
        Err(Error::Invalid(_))
    ));
    // A short quote goes through the phrase index.
    let t4 = store
        .trace(&TraceQuery {
            text: Some("raise fees".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(t4.occurrences.len(), 1);
}

#[test]
fn export_csv_and_jsonl_have_every_attribution() {
    let path = db("export");
    search_corpus(&path);
    let store = Store::open_read_only(&path).unwrap();
    let mut csv = Vec::new();
    assert_eq!(store.export(ExportFormat::Csv, &mut csv).unwrap(), 6);
    let csv = String::from_utf8(csv).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(
        header.starts_with("attribution_id,doc_id,outlet,published,title,url,ord,kind,content,"),
        "{header}"
    );
    assert_eq!(header.split(',').count(), ascribe_store::COLUMNS.len());
    assert!(
        csv.contains("\"This whole investigation is a witch hunt,\""),
        "{csv}"
    );
    let mut jsonl = Vec::new();
    store.export(ExportFormat::Jsonl, &mut jsonl).unwrap();
    let rows: Vec<serde_json::Value> = String::from_utf8(jsonl)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 6);
    let r = &rows[0];
    assert_eq!(r["doc_id"], "n1");
    assert_eq!(r["speaker"], "Mara Quill");
    assert_eq!(
        r["content_spans"][0]["text"],
        "This whole investigation is a witch hunt,"
    );
    assert_eq!(r["content_start"], r["content_spans"][0]["start"]);
    for (name, _, _) in ascribe_store::COLUMNS {
        assert!(r.get(*name).is_some(), "column {name} missing in {r}");
    }
    let err = store
        .export(ExportFormat::Parquet, &mut Vec::new())
        .unwrap_err();
    assert!(matches!(err, Error::Invalid(_)));
}

#[test]
fn read_only_store_refuses_writes_with_a_clear_error() {
    let path = db("readonly");
    ingest(&path, &[&bridge()]);
    let store = Store::open_read_only(&path).unwrap();
    let err = store.ingester(IngestOptions::default()).unwrap_err();
    assert!(matches!(err, Error::ReadOnly { .. }), "{err}");
    assert!(err.to_string().contains("read-only"), "{err}");
    // A raw write on a read-only connection is refused by SQLite itself.
    let store = Store::open_read_only(&path).unwrap();
    let raw = store
        .connection()
        .execute("DELETE FROM documents", [])
        .unwrap_err();
    assert_eq!(
        raw.sqlite_error_code(),
        Some(ascribe_store::rusqlite::ErrorCode::ReadOnly)
    );
}

#[test]
fn a_full_disk_is_an_error_and_keeps_earlier_batches() {
    let path = db("full");
    ingest(&path, &[&bridge()]);
    let store = Store::open(&path).unwrap();
    let pages: i64 = store
        .connection()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    // Cap the file at its current size: the next batch cannot fit.
    store
        .connection()
        .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))
        .unwrap();
    let mut ing = store.ingester(IngestOptions::default()).unwrap();
    let big = "“Words words words,” said Ana Ruiz. ".repeat(3000);
    let mut entries = Vec::new();
    for i in 0..20 {
        let id: &'static str = Box::leak(format!("big{i}").into_boxed_str());
        entries.push(
            Doc::new(id, "L", "2024-01-01", &big)
                .says("Words words words,", "Ana Ruiz")
                .entry(),
        );
    }
    let err = ing.write_batch(entries).unwrap_err();
    assert!(matches!(err, Error::DiskFull { .. }), "{err}");
    assert!(err.to_string().contains("disk full"), "{err}");
    drop(ing);
    let store = Store::open_read_only(&path).unwrap();
    assert_eq!(
        store.stats().unwrap().documents,
        1,
        "the failed batch left nothing behind"
    );
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn check_reports_a_document_missing_attributions() {
    let path = db("check");
    ingest(&path, &[&bridge()]);
    let store = Store::open(&path).unwrap();
    assert!(store.check().unwrap().is_empty());
    store
        .connection()
        .execute("DELETE FROM attributions WHERE ord = 1", [])
        .unwrap();
    let problems = store.check().unwrap();
    assert_eq!(
        problems,
        vec!["document bridge: 1 attributions stored, 2 expected".to_string()]
    );
}

#[test]
fn real_extractor_output_round_trips() {
    let path = db("extractor");
    let ex = ascribe::Extractor::rules_only();
    let text =
        "“The council will vote on the budget next week,” said Councilwoman Dana Whitfield. \
                Whitfield said the plan would cut waiting times.";
    let doc = Document::new(text).with_id("council");
    let analysis = ex.extract(&doc).unwrap();
    assert!(!analysis.attributions.is_empty());
    let mut ing = Store::open(&path)
        .unwrap()
        .ingester(IngestOptions::default())
        .unwrap();
    ing.write_batch(vec![Entry::Doc {
        doc,
        analysis: analysis.clone(),
    }])
    .unwrap();
    let (store, _) = ing.finish().unwrap();
    let mut out = Vec::new();
    store.export(ExportFormat::Jsonl, &mut out).unwrap();
    let rows: Vec<serde_json::Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), analysis.attributions.len());
    for (row, a) in rows.iter().zip(&analysis.attributions) {
        assert_eq!(row["kind"], a.kind.as_str());
        assert_eq!(
            row["content_spans"],
            serde_json::to_value(&a.content).unwrap()
        );
        assert_eq!(row["cue_spans"], serde_json::to_value(&a.cue).unwrap());
        assert_eq!(
            row["source_spans"],
            serde_json::to_value(&a.source).unwrap()
        );
        assert_eq!(
            row["speaker_name"],
            serde_json::to_value(&a.speaker.name).unwrap()
        );
    }
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_export_reads_back_with_the_documented_columns() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::RowAccessor;
    let path = db("parquet");
    search_corpus(&path);
    let store = Store::open_read_only(&path).unwrap();
    let out = path.with_extension("parquet");
    assert_eq!(
        store.export_to_file(ExportFormat::Parquet, &out).unwrap(),
        6
    );
    let reader = SerializedFileReader::new(std::fs::File::open(&out).unwrap()).unwrap();
    let meta = reader.metadata().file_metadata();
    assert_eq!(meta.num_rows(), 6);
    let names: Vec<String> = meta
        .schema_descr()
        .columns()
        .iter()
        .map(|c| c.name().to_string())
        .collect();
    let want: Vec<String> = ascribe_store::COLUMNS
        .iter()
        .map(|c| c.0.to_string())
        .collect();
    assert_eq!(names, want);
    let first = reader.get_row_iter(None).unwrap().next().unwrap().unwrap();
    assert_eq!(first.get_long(0).unwrap(), 1);
    assert_eq!(first.get_string(1).unwrap(), "n1");
    assert_eq!(first.get_string(17).unwrap(), "Mara Quill");
}
