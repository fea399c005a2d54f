//! Word lists for speaker resolution: the first-name → gender table, titles
//! and honorifics, role nouns, organization and place words, group nouns.
//! All lookups take lowercase words.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Grammatical gender of a person entity, as far as the text tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Gender {
    /// Male: "Mr.", "he", a male first name.
    Male,
    /// Female: "Ms.", "she", a female first name.
    Female,
    /// Not known.
    #[default]
    Unknown,
}

/// The committed table (see `data/names/README.md`): US SSA first names
/// whose bearers are at least 90 % of one sex, then those given to both sexes
/// but at least two times in three to one.
const FIRST_NAMES: &str = include_str!("../../../../data/names/first-names.txt");

/// What the table says of a first name: the sex of its bearers, and whether
/// at least 90 % of them have it (`true`) or only most (`false`).
fn table() -> &'static HashMap<&'static str, (Gender, bool)> {
    static TABLE: OnceLock<HashMap<&'static str, (Gender, bool)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::with_capacity(35_000);
        let mut section = (Gender::Unknown, false);
        for line in FIRST_NAMES.lines() {
            match line {
                "#m" => section = (Gender::Male, true),
                "#f" => section = (Gender::Female, true),
                "#lm" => section = (Gender::Male, false),
                "#lf" => section = (Gender::Female, false),
                "" => {}
                name => {
                    map.insert(name, section);
                }
            }
        }
        map
    })
}

/// Gender of a first name from the table (`None` when the name is not in it,
/// or is used for both sexes).
pub fn first_name_gender(lower: &str) -> Option<Gender> {
    table_gender(lower, true)
}

/// The table's gender for `lower` from the sections of one strength.
fn table_gender(lower: &str, strong: bool) -> Option<Gender> {
    table()
        .get(lower)
        .filter(|(g, s)| *s == strong && *g != Gender::Unknown)
        .map(|(g, _)| *g)
}

/// The sex most bearers of a first name used for both have ("Chris": male,
/// "Kelly": female); `None` for names of one sex, rare or unknown names.
/// Too weak to decide agreement, enough to weigh a choice.
pub fn first_name_lean(lower: &str) -> Option<Gender> {
    table_gender(lower, false)
}

/// A first name from the table that is not also a common word, role, place or
/// organization word ("General", "Virginia", "Fox", "May" at a sentence start
/// are not first names for this purpose).
pub fn is_first_name(lower: &str) -> bool {
    first_name_gender(lower).is_some()
        && !is_role_noun(lower)
        && !is_place(lower)
        && !is_org_word(lower)
        && !is_known_org(lower)
        && !is_capitalized_stopword(lower)
        && !is_calendar_word(lower)
}

/// Honorifics; the gender they imply.
pub fn honorific(lower: &str) -> Option<Gender> {
    match lower.trim_end_matches('.') {
        "mr" | "sir" | "lord" | "monsieur" | "herr" | "señor" | "senor" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "dame" | "lady" | "madame" | "mme" | "frau" | "señora"
        | "senora" => Some(Gender::Female),
        "dr" | "prof" => Some(Gender::Unknown),
        _ => None,
    }
}

/// Gender implied by a role or person noun ("spokeswoman", "king").
pub fn noun_gender(lower: &str) -> Gender {
    match lower {
        "spokeswoman" | "congresswoman" | "chairwoman" | "businesswoman" | "actress" | "queen"
        | "princess" | "woman" | "mother" | "wife" | "widow" | "daughter" | "sister" | "girl"
        | "lady" | "duchess" | "countess" | "empress" | "stateswoman" | "policewoman"
        | "anchorwoman" | "councilwoman" | "grandmother" | "aunt" | "niece" | "first lady" => {
            Gender::Female
        }
        "spokesman" | "congressman" | "chairman" | "businessman" | "actor" | "king" | "prince"
        | "man" | "father" | "husband" | "widower" | "son" | "brother" | "boy" | "duke"
        | "count" | "emperor" | "statesman" | "policeman" | "anchorman" | "councilman"
        | "grandfather" | "uncle" | "nephew" | "pope" => Gender::Male,
        _ => Gender::Unknown,
    }
}

/// Gender suggested by a surname ending (Slavic feminine/masculine forms).
pub fn surname_gender(surname: &str) -> Gender {
    let s = surname.to_lowercase();
    let n = s.chars().count();
    if n < 5 {
        return Gender::Unknown;
    }
    if s.ends_with("ova") || s.ends_with("eva") || s.ends_with("skaya") {
        Gender::Female
    } else if s.ends_with("ov") || s.ends_with("ev") || s.ends_with("skiy") || s.ends_with("sky") {
        Gender::Male
    } else {
        Gender::Unknown
    }
}

/// Nouns naming a position or a description of a person: the heads of role
/// phrases ("Kremlin Spokesperson", "former presidential candidate") and of
/// person nominals ("the expert", "the president").
pub fn is_role_noun(lower: &str) -> bool {
    matches!(
        lower,
        "president"
            | "vice-president"
            | "president-elect"
            | "senator"
            | "sen."
            | "rep."
            | "representative"
            | "congressman"
            | "congresswoman"
            | "governor"
            | "gov."
            | "mayor"
            | "minister"
            | "premier"
            | "secretary"
            | "attorney"
            | "attorney-general"
            | "general"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "spokespeople"
            | "chief"
            | "director"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "chairperson"
            | "ceo"
            | "cfo"
            | "coo"
            | "officer"
            | "official"
            | "candidate"
            | "ambassador"
            | "envoy"
            | "diplomat"
            | "analyst"
            | "expert"
            | "professor"
            | "prof."
            | "lawyer"
            | "judge"
            | "justice"
            | "magistrate"
            | "adviser"
            | "advisor"
            | "aide"
            | "leader"
            | "head"
            | "commissioner"
            | "councillor"
            | "councilor"
            | "councilman"
            | "councilwoman"
            | "alderman"
            | "chancellor"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "pope"
            | "colonel"
            | "lieutenant"
            | "captain"
            | "commander"
            | "sergeant"
            | "admiral"
            | "founder"
            | "co-founder"
            | "economist"
            | "historian"
            | "journalist"
            | "editor"
            | "reporter"
            | "correspondent"
            | "host"
            | "anchor"
            | "columnist"
            | "author"
            | "researcher"
            | "scientist"
            | "activist"
            | "deputy"
            | "lawmaker"
            | "legislator"
            | "mp"
            | "member"
            | "speaker"
            | "executive"
            | "manager"
            | "owner"
            | "coach"
            | "player"
            | "actor"
            | "actress"
            | "singer"
            | "strategist"
            | "consultant"
            | "pollster"
            | "prosecutor"
            | "investigator"
            | "agent"
            | "detective"
            | "inspector"
            | "sheriff"
            | "whistleblower"
            | "blogger"
            | "scholar"
            | "fellow"
            | "lecturer"
            | "dean"
            | "bishop"
            | "archbishop"
            | "cardinal"
            | "rabbi"
            | "imam"
            | "priest"
            | "doctor"
            | "nurse"
            | "surgeon"
            | "physician"
            | "psychologist"
            | "specialist"
            | "engineer"
            | "ombudsman"
            | "auditor"
            | "treasurer"
            | "comptroller"
            | "counsel"
            | "counselor"
            | "counsellor"
            | "partner"
            | "trader"
            | "businessman"
            | "businesswoman"
            | "entrepreneur"
            | "investor"
            | "banker"
            | "producer"
            | "writer"
            | "commentator"
            | "pundit"
            | "academic"
            | "student"
            | "teacher"
            | "resident"
            | "witness"
            | "victim"
            | "survivor"
            | "official's"
            | "mogul"
            | "tycoon"
            | "billionaire"
            | "politician"
            | "statesman"
            | "stateswoman"
            | "dissident"
            | "defector"
            | "emir"
            | "sheikh"
            | "ayatollah"
            | "monarch"
            | "emperor"
            | "duke"
            | "duchess"
            | "lord"
            | "chieftain"
            | "marshal"
            | "major"
            | "brigadier"
            | "vice"
            | "premier's"
            | "negotiator"
            | "mediator"
            | "monitor"
            | "observer"
            | "veteran"
            | "campaigner"
            | "organizer"
            | "organiser"
            | "protester"
            | "demonstrator"
            | "supporter"
            | "critic"
            | "opponent"
            | "rival"
            | "challenger"
            | "nominee"
            | "appointee"
            | "regulator"
            | "watchdog"
            | "chief-of-staff"
            | "staffer"
            | "assistant"
            | "associate"
            | "attaché"
            | "attache"
            | "consul"
            | "delegate"
            | "representative's"
            | "source"
            | "insider"
            | "man"
            | "woman"
            | "boss"
            | "ruler"
            | "dictator"
            | "strongman"
            | "oligarch"
            | "mufti"
    )
}

/// A lowercase noun whose most frequent WordNet sense is a person
/// ("librarian", "meteorologist", "defendant"): a word class, so that
/// descriptions of people the role list lacks still read as people.
pub fn is_person_noun(lower: &str) -> bool {
    is_role_noun(lower)
        || crate::wordnet::exact(lower).noun_first == crate::wordnet::noun::PERSON + 1
}

/// A regular plural of a person noun ("rescuers", "villagers",
/// "colleagues"): a collective. A form WordNet lists by itself ("adams",
/// "masters") is a name as much as a plural, so it does not count.
pub fn is_plural_person_noun(lower: &str) -> bool {
    if lower.len() < 4
        || !lower.ends_with('s')
        || lower.ends_with("ss")
        || lower.ends_with("us")
        || lower.ends_with("is")
        || !crate::wordnet::exact(lower).is_empty()
    {
        return false;
    }
    let stems = [
        lower.strip_suffix("ies").map(|s| format!("{s}y")),
        lower.strip_suffix("es").map(str::to_string),
        lower.strip_suffix('s').map(str::to_string),
    ];
    stems
        .into_iter()
        .flatten()
        .any(|s| s.len() >= 3 && is_person_noun(&s))
}

/// Nouns that describe a business or body when they stand right before or
/// in apposition to a name ("streaming service Loopa", "the bus operator,
/// Marches Travel,", "the battery maker"): the name is an organization.
pub fn is_org_descriptor(lower: &str) -> bool {
    (is_org_word(lower)
        && !matches!(
            lower,
            "house" | "press" | "post" | "staff" | "team" | "campaign" | "guard" | "times"
        ))
        || lower.ends_with("maker")
        || matches!(
            lower,
            "operator"
                | "manufacturer"
                | "provider"
                | "retailer"
                | "supplier"
                | "carrier"
                | "developer"
                | "lender"
                | "insurer"
                | "charity"
                | "brand"
                | "chain"
                | "platform"
                | "app"
                | "utility"
                | "publisher"
                | "exporter"
                | "importer"
                | "distributor"
                | "wholesaler"
                | "supermarket"
                | "grocer"
                | "group's"
                | "nonprofit"
                | "non-profit"
                | "think-tank"
                | "tank"
        )
}

/// Common nouns a business goes by, as the head of a nominal ("the
/// company", "the firm") or as a descriptor of a name ("battery maker
/// Brightfield"): a nominal headed by one of the generic ones refers back to
/// a named business.
pub fn is_business_noun(lower: &str) -> bool {
    lower.ends_with("maker")
        || matches!(
            lower,
            "company"
                | "firm"
                | "business"
                | "corporation"
                | "conglomerate"
                | "startup"
                | "operator"
                | "manufacturer"
                | "provider"
                | "retailer"
                | "supplier"
                | "carrier"
                | "developer"
                | "lender"
                | "insurer"
                | "bank"
                | "airline"
                | "brand"
                | "chain"
                | "platform"
                | "app"
                | "service"
                | "utility"
                | "publisher"
                | "exporter"
                | "importer"
                | "distributor"
                | "wholesaler"
                | "supermarket"
                | "grocer"
                | "consortium"
        )
}

/// Generic nouns for any business: "the company" may take a named business
/// whatever it was described as ("Loopa, the streaming service").
pub fn is_generic_business_noun(lower: &str) -> bool {
    matches!(lower, "company" | "firm" | "business" | "corporation")
}

/// Last words of company names ("Harbourline Group", "Halden
/// Engineering", "Acme Inc."): the name is a business.
pub fn is_company_suffix(lower: &str) -> bool {
    is_company_form(lower)
        || matches!(
            lower,
            "co" | "co."
                | "holdings"
                | "industries"
                | "motors"
                | "pharmaceuticals"
                | "energy"
                | "oil"
                | "petroleum"
                | "telecom"
                | "communications"
                | "systems"
                | "technologies"
                | "engineering"
                | "partners"
                | "securities"
                | "ventures"
                | "investments"
                | "logistics"
                | "airways"
                | "airlines"
                | "railways"
                | "labs"
                | "studios"
                | "foods"
                | "stores"
                | "brands"
                | "entertainment"
                | "insurance"
                | "steel"
                | "publishing"
                | "pharma"
                | "therapeutics"
                | "electronics"
                | "chemicals"
                | "mining"
                | "utilities"
                | "software"
                | "services"
        )
}

/// Words a company's name ends in that are also organization words:
/// "Group", "Company", the legal forms ("Corp.", "Inc.", "Ltd", "LLC", "plc").
fn is_company_form(lower: &str) -> bool {
    matches!(
        lower,
        "group"
            | "company"
            | "corporation"
            | "corp"
            | "corp."
            | "inc"
            | "inc."
            | "ltd"
            | "ltd."
            | "llc"
            | "plc"
    )
}

/// Nouns that name the same kind of body as a nominal's head: "the union"
/// is the "… Association of Flight Attendants" or the "… Workers'
/// Alliance", "the ministry" a "Department of …".
pub fn body_synonyms(head: &str) -> &'static [&'static str] {
    match head {
        "union" => &[
            "union",
            "association",
            "federation",
            "alliance",
            "guild",
            "congress",
        ],
        "ministry" => &["ministry", "department"],
        "department" => &["department", "ministry"],
        "charity" => &["charity", "trust", "foundation"],
        // "the bloc" of nations: the union, alliance or community named.
        "bloc" => &["bloc", "union", "alliance", "community", "pact"],
        "airline" | "carrier" => &["airline", "airlines", "airways", "air"],
        _ => &[],
    }
}

/// Words that modify a role noun inside a role phrase without being one
/// ("former", "acting", "presidential").
pub fn is_role_modifier(lower: &str) -> bool {
    matches!(
        lower,
        "former"
            | "ex"
            | "ex-"
            | "acting"
            | "deputy"
            | "senior"
            | "chief"
            | "top"
            | "presidential"
            | "foreign"
            | "defense"
            | "defence"
            | "intelligence"
            | "security"
            | "press"
            | "political"
            | "military"
            | "national"
            | "federal"
            | "independent"
            | "special"
            | "assistant"
            | "associate"
            | "executive"
            | "vice"
            | "first"
            | "lead"
            | "principal"
            | "interim"
            | "outgoing"
            | "incoming"
            | "retired"
            | "longtime"
            | "veteran"
            | "then"
            | "current"
            | "general"
            | "managing"
            | "prominent"
            | "leading"
            | "well-known"
            | "renowned"
            | "influential"
            | "junior"
            | "state"
            | "district"
            | "regional"
            | "local"
            | "campaign"
            | "party"
            | "opposition"
            | "republican"
            | "democratic"
            | "conservative"
            | "liberal"
            | "labour"
            | "economic"
            | "finance"
            | "financial"
            | "trade"
            | "health"
            | "energy"
            | "justice"
            | "interior"
            | "home"
            | "prime"
            | "supreme"
            | "high"
            | "former-"
            | "russian"
            | "american"
            | "british"
            | "french"
            | "german"
            | "chinese"
            | "ukrainian"
            | "israeli"
            | "iranian"
            | "turkish"
            | "syrian"
            | "european"
            | "us"
            | "u.s."
            | "un"
            | "eu"
            | "white"
            | "house"
            | "kremlin"
            | "government"
            | "ministry"
            | "department"
            | "foreign-policy"
            | "cabinet"
            | "nuclear"
            | "energy-sector"
            | "tech"
            | "technology"
    )
}

/// Head words of organization names and organization nominals.
pub fn is_org_word(lower: &str) -> bool {
    // The endings of company names ("Harbourline Holdings"), but not the
    // abbreviation "Co", which alone names nothing.
    (is_company_suffix(lower) && !matches!(lower, "co" | "co."))
        || matches!(
            lower,
            "department"
            | "ministry"
            | "administration"
            | "government"
            | "agency"
            | "office"
            | "committee"
            | "commission"
            | "council"
            | "congress"
            | "senate"
            | "parliament"
            | "duma"
            | "court"
            | "police"
            | "party"
            | "bank"
            | "university"
            | "institute"
            | "association"
            | "union"
            | "foundation"
            | "organization"
            | "organisation"
            | "service"
            | "bureau"
            | "embassy"
            | "army"
            | "navy"
            | "forces"
            | "command"
            | "cabinet"
            | "campaign"
            | "board"
            | "authority"
            | "authorities"
            | "secretariat"
            | "club"
            | "network"
            | "news"
            | "times"
            | "post"
            | "journal"
            | "radio"
            | "tv"
            | "television"
            | "channel"
            | "center"
            | "centre"
            | "fund"
            | "federation"
            | "alliance"
            | "coalition"
            | "movement"
            | "church"
            | "kremlin"
            | "pentagon"
            | "assembly"
            | "trust"
            | "firm"
            | "airline"
            | "school"
            | "college"
            | "hospital"
            | "library"
            | "museum"
            | "prosecutor's"
            | "prosecutors"
            | "cabinet's"
            | "regime"
            | "team"
            | "staff"
            | "house"
            | "tribunal"
            | "watchdog"
            | "regulator"
            | "directorate"
            | "inspectorate"
            | "observatory"
            | "mission"
            | "delegation"
            | "press"
            | "telegraph"
            | "guardian"
            | "herald"
            | "tribune"
            | "gazette"
            | "magazine"
            | "daily"
            | "broadcaster"
            | "outlet"
            | "newspaper"
            | "agency's"
            | "court's"
            | "legislature"
            | "senate's"
            | "house's"
            | "politburo"
            | "junta"
            | "militia"
            | "brigade"
            | "battalion"
            | "guard"
            | "caucus"
            | "faction"
            | "bloc"
            | "consortium"
            | "conglomerate"
            | "startup"
            | "studio"
            | "label"
            | "laboratory"
            | "lab"
            | "society"
            | "academy"
            | "council's"
            // Company-name suffixes and bodies named by a common noun.
            | "research"
            | "capital"
            | "consulting"
            | "analytics"
            | "advisory"
            | "treasury"
            | "exchequer"
            | "grid"
            | "charity"
            | "panel"
            | "media"
        )
}

/// Known bodies named after a family, whose name is a common surname as
/// well ("Forbes", "Steve Forbes"; "Bloomberg", "Michael Bloomberg").
pub fn is_surname_too(lower: &str) -> bool {
    matches!(
        lower,
        "forbes" | "fox" | "bloomberg" | "gallup" | "rasmussen"
    )
}

/// Single words (or first words) that name an organization by themselves.
pub fn is_known_org(lower: &str) -> bool {
    matches!(
        lower,
        "kremlin"
            | "pentagon"
            | "congress"
            | "senate"
            | "nato"
            | "un"
            | "eu"
            | "fbi"
            | "cia"
            | "nsa"
            | "rt"
            | "cnn"
            | "nbc"
            | "bbc"
            | "abc"
            | "cbs"
            | "msnbc"
            | "reuters"
            | "ap"
            | "afp"
            | "tass"
            | "interfax"
            | "sputnik"
            | "ria"
            | "fox"
            | "google"
            | "facebook"
            | "twitter"
            | "apple"
            | "microsoft"
            | "amazon"
            | "gazprom"
            | "rosneft"
            | "who"
            | "imf"
            | "opec"
            | "unesco"
            | "interpol"
            | "europol"
            | "duma"
            | "bundestag"
            | "whitehall"
            | "downing"
            | "npr"
            | "pbs"
            | "bloomberg"
            | "politico"
            | "axios"
            | "itar-tass"
            | "ria-novosti"
            | "xinhua"
            | "al-jazeera"
            | "aljazeera"
            | "euronews"
            | "dpa"
            | "ansa"
            | "efe"
            | "kyodo"
            // Fact-checkers, pollsters and outlets news cites by one name.
            | "politifact"
            | "snopes"
            | "factcheck.org"
            | "gallup"
            | "ipsos"
            | "yougov"
            | "quinnipiac"
            | "rasmussen"
            | "breitbart"
            | "buzzfeed"
            | "huffpost"
            | "newsweek"
            | "forbes"
            | "cnbc"
            | "c-span"
            | "univision"
            | "telemundo"
            | "yonhap"
            | "osce"
            | "iaea"
            | "opcw"
            | "unicef"
            | "unhcr"
            | "wto"
            | "fifa"
            | "uefa"
            | "ioc"
            | "wada"
            | "nasa"
            | "fsb"
            | "svr"
            | "gru"
            | "kgb"
            | "mi5"
            | "mi6"
            | "gchq"
            | "dhs"
            | "doj"
            | "dod"
            | "ecb"
            | "fed"
            | "sec"
            | "ftc"
            | "fcc"
            | "faa"
            | "cdc"
            | "fda"
            | "epa"
            | "irs"
            | "gop"
            | "dnc"
            | "rnc"
            | "hamas"
            | "hezbollah"
            | "taliban"
            | "isis"
            | "isil"
            | "daesh"
            | "al-qaeda"
            | "wikileaks"
            | "anonymous"
            | "tesla"
            | "meta"
            | "netflix"
            | "uber"
            | "boeing"
            | "airbus"
            | "samsung"
            | "huawei"
            | "toyota"
            | "volkswagen"
            | "shell"
            | "bp"
            | "exxon"
            | "exxonmobil"
            | "chevron"
    )
}

/// Multi-word organization names known by their exact lowercase form.
pub fn is_known_org_phrase(lower: &str) -> bool {
    matches!(
        lower,
        "white house"
            | "downing street"
            | "fox news"
            | "state department"
            | "foreign office"
            | "the kremlin"
            | "capitol hill"
            | "wall street journal"
            | "new york times"
            | "washington post"
            | "associated press"
            | "united nations"
            | "european union"
            | "european commission"
            | "supreme court"
            | "justice department"
            | "defense department"
            | "state duma"
            | "federation council"
            | "security council"
            | "foreign ministry"
            | "defense ministry"
            | "defence ministry"
            | "kremlin press service"
    )
}

/// Countries, capitals, US states, regions: names that are not speakers
/// unless used for their governments ("Moscow said").
pub fn is_place(lower: &str) -> bool {
    matches!(
        lower,
        "us" | "u.s."
            | "usa"
            | "u.s.a."
            | "uk"
            | "u.k."
            | "america"
            | "russia"
            | "moscow"
            | "washington"
            | "china"
            | "beijing"
            | "ukraine"
            | "kiev"
            | "kyiv"
            | "london"
            | "britain"
            | "england"
            | "scotland"
            | "wales"
            | "ireland"
            | "paris"
            | "france"
            | "berlin"
            | "germany"
            | "iran"
            | "tehran"
            | "israel"
            | "jerusalem"
            | "syria"
            | "damascus"
            | "turkey"
            | "ankara"
            | "istanbul"
            | "japan"
            | "tokyo"
            | "india"
            | "delhi"
            | "pakistan"
            | "afghanistan"
            | "kabul"
            | "iraq"
            | "baghdad"
            | "egypt"
            | "cairo"
            | "saudi"
            | "arabia"
            | "qatar"
            | "doha"
            | "yemen"
            | "libya"
            | "lebanon"
            | "beirut"
            | "jordan"
            | "canada"
            | "ottawa"
            | "mexico"
            | "brazil"
            | "argentina"
            | "venezuela"
            | "cuba"
            | "korea"
            | "pyongyang"
            | "seoul"
            | "taiwan"
            | "taipei"
            | "europe"
            | "asia"
            | "africa"
            | "crimea"
            | "donbass"
            | "donetsk"
            | "lugansk"
            | "luhansk"
            | "belarus"
            | "minsk"
            | "poland"
            | "warsaw"
            | "italy"
            | "rome"
            | "spain"
            | "madrid"
            | "greece"
            | "athens"
            | "sweden"
            | "stockholm"
            | "norway"
            | "oslo"
            | "finland"
            | "helsinki"
            | "denmark"
            | "brussels"
            | "belgium"
            | "netherlands"
            | "amsterdam"
            | "hague"
            | "geneva"
            | "switzerland"
            | "vienna"
            | "austria"
            | "hungary"
            | "budapest"
            | "serbia"
            | "belgrade"
            | "georgia"
            | "tbilisi"
            | "armenia"
            | "azerbaijan"
            | "kazakhstan"
            | "australia"
            | "canberra"
            | "sydney"
            | "california"
            | "texas"
            | "florida"
            | "virginia"
            | "york"
            | "ohio"
            | "michigan"
            | "pennsylvania"
            | "arizona"
            | "nevada"
            | "alabama"
            | "alaska"
            | "arkansas"
            | "colorado"
            | "connecticut"
            | "delaware"
            | "hawaii"
            | "idaho"
            | "illinois"
            | "indiana"
            | "iowa"
            | "kansas"
            | "kentucky"
            | "louisiana"
            | "maine"
            | "maryland"
            | "massachusetts"
            | "minnesota"
            | "mississippi"
            | "missouri"
            | "montana"
            | "nebraska"
            | "hampshire"
            | "jersey"
            | "carolina"
            | "dakota"
            | "oklahoma"
            | "oregon"
            | "rhode"
            | "tennessee"
            | "utah"
            | "vermont"
            | "wisconsin"
            | "wyoming"
            | "chicago"
            | "boston"
            | "angeles"
            | "francisco"
            | "seattle"
            | "atlanta"
            | "miami"
            | "dallas"
            | "houston"
            | "detroit"
            | "st."
            | "petersburg"
            | "sochi"
            | "vladivostok"
            | "aleppo"
            | "mosul"
            | "raqqa"
            | "idlib"
            | "gaza"
            | "kosovo"
            | "balkans"
            | "baltic"
            | "caucasus"
            | "siberia"
            | "arctic"
            | "china's"
            | "moscow's"
            | "west"
            | "east"
            | "north"
            | "south"
            | "manhattan"
            | "brooklyn"
            | "silicon"
            | "valley"
            | "hollywood"
            | "westminster"
            | "strasbourg"
            | "luxembourg"
            | "portugal"
            | "lisbon"
            | "romania"
            | "bulgaria"
            | "moldova"
            | "latvia"
            | "lithuania"
            | "estonia"
            | "riga"
            | "vilnius"
            | "tallinn"
            | "slovakia"
            | "czech"
            | "prague"
            | "croatia"
            | "slovenia"
            | "albania"
            | "macedonia"
            | "montenegro"
            | "bosnia"
            | "cyprus"
            | "malta"
            | "iceland"
            | "chile"
            | "peru"
            | "colombia"
            | "bolivia"
            | "ecuador"
            | "nigeria"
            | "kenya"
            | "ethiopia"
            | "sudan"
            | "somalia"
            | "algeria"
            | "morocco"
            | "tunisia"
            | "indonesia"
            | "malaysia"
            | "singapore"
            | "thailand"
            | "vietnam"
            | "philippines"
            | "myanmar"
            | "bangladesh"
            | "nepal"
            | "mongolia"
            | "uzbekistan"
            | "turkmenistan"
            | "tajikistan"
            | "kyrgyzstan"
    )
}

/// Capitalized words that start sentences or headings without being names.
pub fn is_capitalized_stopword(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "as"
            | "after"
            | "before"
            | "but"
            | "and"
            | "or"
            | "if"
            | "when"
            | "while"
            | "although"
            | "though"
            | "moreover"
            | "however"
            | "meanwhile"
            | "thus"
            | "also"
            | "then"
            | "this"
            | "that"
            | "these"
            | "those"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "there"
            | "here"
            | "previously"
            | "nothing"
            | "either"
            | "neither"
            | "both"
            | "some"
            | "many"
            | "most"
            | "several"
            | "other"
            | "others"
            | "another"
            | "according"
            | "commenting"
            | "speaking"
            | "asked"
            | "for"
            | "from"
            | "to"
            | "with"
            | "by"
            | "of"
            | "yet"
            | "so"
            | "still"
            | "earlier"
            | "later"
            | "last"
            | "next"
            | "now"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "since"
            | "until"
            | "during"
            | "despite"
            | "instead"
            | "indeed"
            | "furthermore"
            | "additionally"
            | "finally"
            | "first"
            | "second"
            | "third"
            | "such"
            | "what"
            | "who"
            | "why"
            | "how"
            | "where"
            | "which"
            | "whether"
            | "once"
            | "every"
            | "each"
            | "all"
            | "no"
            | "not"
            | "only"
            | "just"
            | "even"
            | "under"
            | "over"
            | "among"
            | "between"
            | "against"
            | "without"
            | "within"
            | "ahead"
            | "amid"
            | "read"
            | "click"
            | "never"
            | "watch"
            | "see"
            | "more"
            | "about"
            | "like"
            | "because"
            | "unless"
            | "do"
            | "does"
            | "did"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "shall"
            | "let"
            | "please"
            | "thank"
            | "thanks"
            | "yes"
            | "well"
            | "oh"
            | "so-called"
            | "whatever"
            | "whoever"
            | "however,"
            | "hence"
            | "therefore"
            | "besides"
            | "otherwise"
            | "regardless"
            | "nonetheless"
            | "nevertheless"
            | "overall"
            | "together"
            | "again"
            | "here's"
            | "there's"
            | "it's"
            | "that's"
            | "we're"
            | "they're"
            | "i'm"
            | "don't"
            | "photo"
            | "video"
            | "file"
            | "image"
            | "update"
            | "updated"
            | "breaking"
            | "exclusive"
            | "opinion"
            | "analysis"
            | "comment"
            | "editor's"
            | "note"
            | "related"
            | "source"
            | "sources"
            // A numeral opening a sentence ("One, who did not want to be
            // named, said") is no name.
            | "one"
    )
}

/// Weekday and month names (they are capitalized but never names).
pub fn is_calendar_word(lower: &str) -> bool {
    matches!(
        lower,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan."
            | "feb."
            | "mar."
            | "apr."
            | "jun."
            | "jul."
            | "aug."
            | "sep."
            | "sept."
            | "oct."
            | "nov."
            | "dec."
            | "christmas"
            | "easter"
    )
}

/// Generational and similar suffixes that may follow a surname.
pub fn is_name_suffix(lower: &str) -> bool {
    matches!(lower, "jr." | "jr" | "sr." | "sr" | "ii" | "iii" | "iv")
}

/// Plural person nouns, and words for shares or sets of people, that make a
/// source a group ("officials", "sources", "5 percent", "the couple").
pub fn is_group_noun(lower: &str) -> bool {
    matches!(
        lower,
        "officials"
            | "sources"
            | "experts"
            | "analysts"
            | "critics"
            | "residents"
            | "people"
            | "lawmakers"
            | "senators"
            | "legislators"
            | "diplomats"
            | "observers"
            | "witnesses"
            | "activists"
            | "protesters"
            | "demonstrators"
            | "supporters"
            | "opponents"
            | "leaders"
            | "ministers"
            | "representatives"
            | "members"
            | "scientists"
            | "researchers"
            | "economists"
            | "investors"
            | "analysts'"
            | "insiders"
            | "aides"
            | "advisers"
            | "advisors"
            | "politicians"
            | "journalists"
            | "reporters"
            | "doctors"
            | "police"
            | "authorities"
            | "prosecutors"
            | "investigators"
            | "agents"
            | "employees"
            | "workers"
            | "staff"
            | "voters"
            | "citizens"
            | "americans"
            | "russians"
            | "democrats"
            | "republicans"
            | "conservatives"
            | "liberals"
            | "europeans"
            | "ukrainians"
            | "students"
            | "parents"
            | "teachers"
            | "victims"
            | "families"
            // A family or household speaks as its members: "his family said".
            | "family"
            | "household"
            | "relatives"
            | "neighbors"
            | "neighbours"
            | "locals"
            | "commentators"
            | "pundits"
            | "scholars"
            | "historians"
            | "specialists"
            | "spokespeople"
            | "spokesmen"
            | "generals"
            | "commanders"
            | "soldiers"
            | "troops"
            | "rebels"
            | "militants"
            | "lawyers"
            | "judges"
            | "bankers"
            | "traders"
            | "executives"
            | "governors"
            | "mayors"
            | "congressmen"
            | "delegates"
            | "negotiators"
            | "participants"
            | "organizers"
            | "organisers"
            | "users"
            | "fans"
            | "others"
            | "some"
            | "many"
            | "most"
            | "both"
            | "all"
            | "few"
            | "everyone"
            // Shares and pairs of people: "5 percent said", "each said",
            // "the couple said", "a majority of voters".
            | "each"
            | "percent"
            | "%"
            | "majority"
            | "minority"
            | "half"
            | "pair"
            | "couple"
            | "trio"
            | "crowd"
            | "audience"
    )
}

/// Prepositions that put a following noun phrase in an adjunct.
pub fn is_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "on"
            | "at"
            | "with"
            | "for"
            | "from"
            | "by"
            | "to"
            | "of"
            | "about"
            | "against"
            | "over"
            | "into"
            | "after"
            | "before"
            | "during"
            | "under"
            | "between"
            | "among"
            | "like"
            | "than"
            | "toward"
            | "towards"
            | "through"
            | "via"
            | "without"
            | "within"
            | "upon"
            | "onto"
            | "behind"
            | "beyond"
            | "near"
            | "across"
            | "around"
            | "despite"
            | "since"
            | "until"
    )
}

/// Articles and possessive determiners that open a noun phrase.
pub fn is_article(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
            | "these"
            | "those"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_common_names_of_both_sexes() {
        assert_eq!(first_name_gender("jeff"), Some(Gender::Male));
        assert_eq!(first_name_gender("annie"), Some(Gender::Female));
        assert_eq!(first_name_gender("dmitry"), Some(Gender::Male));
        // Used for both sexes: not in the table.
        assert_eq!(first_name_gender("jordan"), None);
        assert_eq!(first_name_gender("zzzz"), None);
    }

    #[test]
    fn words_that_are_also_first_names_are_not_names_here() {
        assert!(!is_first_name("general"));
        assert!(!is_first_name("virginia"));
        assert!(!is_first_name("fox"));
        assert!(is_first_name("ted"));
    }

    #[test]
    fn honorifics_and_nouns_carry_gender() {
        assert_eq!(honorific("Mr.".to_lowercase().as_str()), Some(Gender::Male));
        assert_eq!(honorific("ms"), Some(Gender::Female));
        assert_eq!(noun_gender("spokeswoman"), Gender::Female);
        assert_eq!(surname_gender("Zakharova"), Gender::Female);
        assert_eq!(surname_gender("Peskov"), Gender::Male);
        assert_eq!(surname_gender("Cruz"), Gender::Unknown);
    }

    #[test]
    fn word_classes_for_people_and_bodies() {
        assert!(is_person_noun("librarian"));
        assert!(is_person_noun("meteorologist"));
        assert!(!is_person_noun("report"));
        assert!(is_plural_person_noun("rescuers"));
        assert!(is_plural_person_noun("villagers"));
        assert!(is_plural_person_noun("colleagues"));
        // Listed forms of their own are names as much as plurals.
        assert!(!is_plural_person_noun("adams"));
        assert!(!is_plural_person_noun("reports"));
        assert!(is_org_descriptor("operator"));
        assert!(is_org_descriptor("carmaker"));
        assert!(!is_org_descriptor("house"));
    }
}
