//! Stable hashes: content hashes of documents and 64-bit hashes of words.
//! Both are written to the database, so they must never change between
//! versions (no `std` hashers, whose algorithm is unspecified).

use ascribe::Document;

const FNV128_OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
const FNV128_PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;
const FNV64_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV64_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Incremental 128-bit FNV-1a.
struct Fnv128(u128);

impl Fnv128 {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u128::from(b);
            self.0 = self.0.wrapping_mul(FNV128_PRIME);
        }
    }

    /// A field: its length first, so ("ab", "c") and ("a", "bc") differ;
    /// `None` is distinct from `Some("")`.
    fn field(&mut self, value: Option<&str>) {
        match value {
            None => self.write(&[0]),
            Some(s) => {
                self.write(&[1]);
                self.write(&(s.len() as u64).to_le_bytes());
                self.write(s.as_bytes());
            }
        }
    }
}

/// The content hash of a document: its text and metadata (title, outlet,
/// url, published), as 32 hex digits. The id is not part of it: the id says
/// *which* document, the hash says whether it changed.
pub fn content_hash(doc: &Document) -> String {
    let mut h = Fnv128(FNV128_OFFSET);
    h.field(Some(&doc.text));
    h.field(doc.title.as_deref());
    h.field(doc.outlet.as_deref());
    h.field(doc.url.as_deref());
    h.field(doc.published.as_deref());
    format!("{:032x}", h.0)
}

/// 64-bit FNV-1a of a byte string.
pub(crate) fn fnv64(bytes: &[u8]) -> u64 {
    let mut h = FNV64_OFFSET;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV64_PRIME);
    }
    h
}

/// The splitmix64 finalizer: a cheap, good bit mixer.
pub(crate) fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_hash_is_stable_and_sensitive() {
        let a = Document::new("Hello.").with_id("x");
        // Pinned: the hash is stored in databases and must never change.
        assert_eq!(
            content_hash(&a),
            content_hash(&Document::new("Hello.").with_id("y"))
        );
        assert_eq!(content_hash(&a), "9339190788645d652b193796824354e4");
        let mut b = a.clone();
        b.outlet = Some(String::new());
        assert_ne!(content_hash(&a), content_hash(&b));
        let mut c = a.clone();
        c.text.push(' ');
        assert_ne!(content_hash(&a), content_hash(&c));
        let mut t1 = a.clone();
        t1.title = Some("ab".into());
        t1.outlet = Some("c".into());
        let mut t2 = a.clone();
        t2.title = Some("a".into());
        t2.outlet = Some("bc".into());
        assert_ne!(content_hash(&t1), content_hash(&t2));
    }

    #[test]
    fn fnv64_known_value() {
        assert_eq!(fnv64(b""), FNV64_OFFSET);
        assert_eq!(fnv64(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
