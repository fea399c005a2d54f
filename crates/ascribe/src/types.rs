//! The public data model: documents in, attributions out.
//! Field names follow the output contract (`docs/OUTPUT-CONTRACT.md` of the project).

use serde::{Deserialize, Serialize};

/// One input document. Only `text` is required.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Identifier carried to the output (file stem or JSONL `id`).
    #[serde(default)]
    pub id: Option<String>,
    /// The text; all output offsets index into it (Unicode code points).
    pub text: String,
    /// Headline, if known.
    #[serde(default)]
    pub title: Option<String>,
    /// Publisher, e.g. "Reuters".
    #[serde(default)]
    pub outlet: Option<String>,
    /// Source URL.
    #[serde(default)]
    pub url: Option<String>,
    /// Publication date (ISO 8601, `YYYY-MM-DD` or a full timestamp); anchors relative dates.
    #[serde(default)]
    pub published: Option<String>,
    /// Author as the byline gives it ("By Jane Doe"); the speaker of the
    /// piece's own first-person narration ("I wrote a primer in 2009").
    #[serde(default)]
    pub author: Option<String>,
}

impl Document {
    /// A document with just a text.
    pub fn new(text: impl Into<String>) -> Document {
        Document {
            text: text.into(),
            ..Document::default()
        }
    }

    /// Sets the id.
    pub fn with_id(mut self, id: impl Into<String>) -> Document {
        self.id = Some(id.into());
        self
    }
}

/// A fragment of text: code-point offsets (end exclusive) and the slice itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text of the document between `start` and `end`.
    pub text: String,
}

/// How the content is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Entirely inside quotation marks.
    Direct,
    /// Reported speech without quotation marks.
    Indirect,
    /// Partly quoted.
    Mixed,
    /// An embedded social-media post.
    Social,
}

impl Kind {
    /// The contract's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Indirect => "indirect",
            Kind::Mixed => "mixed",
            Kind::Social => "social",
        }
    }
}

/// What kind of entity a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerType {
    /// A named or described person.
    Person,
    /// A company, agency, government body, outlet…
    Organization,
    /// A collective: "officials", "sources", "many senators".
    Group,
    /// Not known.
    #[default]
    Unknown,
}

impl SpeakerType {
    /// The contract's spelling (`"person"`, `"organization"`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerType::Person => "person",
            SpeakerType::Organization => "organization",
            SpeakerType::Group => "group",
            SpeakerType::Unknown => "unknown",
        }
    }
}

/// Who said it, as precisely as the document allows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Speaker {
    /// Best full name the document gives; `None` if unknown.
    pub name: Option<String>,
    /// Entity type.
    #[serde(rename = "type")]
    pub kind: SpeakerType,
    /// Title or description from the document.
    pub role: Option<String>,
}

/// One attribution: content, cue and source spans plus what is known about them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// Direct, indirect, mixed or social.
    pub kind: Kind,
    /// What was said (one or more fragments).
    pub content: Vec<Span>,
    /// The attribution cue ("said", "according to").
    pub cue: Vec<Span>,
    /// The source mention as written; empty when the text names none.
    pub source: Vec<Span>,
    /// The resolved speaker.
    pub speaker: Speaker,
    /// Where or how it was said.
    pub venue: Option<String>,
    /// ISO date when the text allows it.
    pub date: Option<String>,
    /// Social handle without "@".
    pub handle: Option<String>,
    /// 0..1.
    pub confidence: f32,
}

/// The result for one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Analysis {
    /// The document id (empty string if the input had none).
    pub id: String,
    /// Attributions ordered by the start of their content.
    pub attributions: Vec<Attribution>,
    /// Per-document problems (warnings or the error that stopped extraction).
    pub errors: Vec<String>,
    /// Paragraphs that are not part of the story (promotion, link lines,
    /// photo credits, headings), so readers can drop them.
    #[serde(default)]
    pub boilerplate: Vec<Boilerplate>,
}

/// A boilerplate paragraph: code-point offsets (end exclusive) and what it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boilerplate {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// What kind of boilerplate.
    pub kind: BoilerplateKind,
}

/// What a boilerplate paragraph is; serialized as a short lowercase string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BoilerplateKind {
    /// Sign-up, subscribe, follow-us lines: `promo`.
    Promo,
    /// "Read more:", "Related:" link lines: `read_more`.
    ReadMore,
    /// "Photo: …", "(Getty Images)": `photo_credit`.
    PhotoCredit,
    /// Share bars: `share`.
    Share,
    /// "Advertisement" markers: `advertisement`.
    Advertisement,
    /// Headlines and section headings that are not sentences: `heading`.
    Heading,
    /// Page stamps: "Updated 5 March 2024", "Published 3 hours ago",
    /// "4 min read": `metadata`.
    Metadata,
}

impl BoilerplateKind {
    /// The serialized name (`"promo"`, `"read_more"`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            BoilerplateKind::Promo => "promo",
            BoilerplateKind::ReadMore => "read_more",
            BoilerplateKind::PhotoCredit => "photo_credit",
            BoilerplateKind::Share => "share",
            BoilerplateKind::Advertisement => "advertisement",
            BoilerplateKind::Heading => "heading",
            BoilerplateKind::Metadata => "metadata",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `as_str` is the spelling the JSON output uses, for every variant.
    #[test]
    fn as_str_matches_the_serialized_name() {
        let json = |v: serde_json::Value| v.as_str().map(str::to_string);
        for t in [
            SpeakerType::Person,
            SpeakerType::Organization,
            SpeakerType::Group,
            SpeakerType::Unknown,
        ] {
            assert_eq!(json(serde_json::json!(t)).as_deref(), Some(t.as_str()));
        }
        for k in [Kind::Direct, Kind::Indirect, Kind::Mixed, Kind::Social] {
            assert_eq!(json(serde_json::json!(k)).as_deref(), Some(k.as_str()));
        }
        for b in [
            BoilerplateKind::Promo,
            BoilerplateKind::ReadMore,
            BoilerplateKind::PhotoCredit,
            BoilerplateKind::Share,
            BoilerplateKind::Advertisement,
            BoilerplateKind::Heading,
            BoilerplateKind::Metadata,
        ] {
            assert_eq!(json(serde_json::json!(b)).as_deref(), Some(b.as_str()));
        }
    }
}
