//! The container shared by the tagger and parser model files: a 20-byte
//! header (8-byte magic, 2-byte format version, 2 reserved bytes, 8-byte
//! total length) and a trailing FNV-1a 64 checksum of every byte before it,
//! little-endian throughout; plus the coding of weight tables ([`put_table`]).
//! Each format (`ASCRTAG1`, `ASCRDEP1`) documents its own full layout.
//!
//! The header length makes truncation an explicit [`ContainerError::Truncated`]
//! rather than a confusing checksum failure. Every read is bounds-checked, so
//! a bad file is a [`ContainerError`], never a panic; each crate maps it to
//! its own error type, whose messages name the kind of model.

use crate::hash::fnv1a64;
use crate::perceptron::{BuildError, Weights, WeightsBuilder, MAX_BITS};

/// Magic, version, reserved, length.
pub const HEADER_LEN: usize = 8 + 2 + 2 + 8;
/// The trailing checksum.
pub const CHECKSUM_LEN: usize = 8;

/// Why bytes are not a valid container (generic messages: see the module doc).
#[derive(Debug, thiserror::Error)]
pub enum ContainerError {
    /// Zero bytes.
    #[error("empty")]
    Empty,
    /// The data does not start with the expected magic bytes.
    #[error("bad magic bytes")]
    BadMagic,
    /// A format version other than the one expected.
    #[error("format version {found}, this build reads version {supported}")]
    UnsupportedVersion {
        /// Version in the file.
        found: u16,
        /// Version the caller reads.
        supported: u16,
    },
    /// Fewer bytes than the header announces.
    #[error("truncated: expected {expected} bytes, got {found}")]
    Truncated {
        /// Length announced by the header (or needed to read it).
        expected: u64,
        /// Length available.
        found: u64,
    },
    /// The checksum does not match the content.
    #[error("checksum mismatch (stored {stored:#018x}, computed {computed:#018x})")]
    ChecksumMismatch {
        /// Checksum stored in the file.
        stored: u64,
        /// Checksum of the content.
        computed: u64,
    },
    /// The checksum matched but the content is inconsistent.
    #[error("{0}")]
    Corrupt(String),
}

/// Implements `From<ContainerError>` for an error enum that has variants of
/// the same names and fields (the tagger's and the parser's errors), so each
/// keeps its own messages.
#[macro_export]
macro_rules! from_container_error {
    ($t:ident) => {
        impl From<$crate::container::ContainerError> for $t {
            fn from(e: $crate::container::ContainerError) -> $t {
                use $crate::container::ContainerError as C;
                match e {
                    C::Empty => $t::Empty,
                    C::BadMagic => $t::BadMagic,
                    C::UnsupportedVersion { found, supported } => {
                        $t::UnsupportedVersion { found, supported }
                    }
                    C::Truncated { expected, found } => $t::Truncated { expected, found },
                    C::ChecksumMismatch { stored, computed } => {
                        $t::ChecksumMismatch { stored, computed }
                    }
                    C::Corrupt(msg) => $t::Corrupt(msg),
                }
            }
        }
    };
}

fn corrupt(msg: String) -> ContainerError {
    ContainerError::Corrupt(msg)
}

/// Starts a file: the header, with the length left to [`seal`].
pub fn begin(magic: &[u8; 8], version: u16, capacity: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(capacity);
    out.extend_from_slice(magic);
    out.extend_from_slice(&version.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&0u64.to_le_bytes());
    out
}

/// Finishes a file started by [`begin`]: patches the length, appends the checksum.
pub fn seal(mut out: Vec<u8>) -> Vec<u8> {
    let total = (out.len() + CHECKSUM_LEN) as u64;
    if let Some(len) = out.get_mut(12..20) {
        len.copy_from_slice(&total.to_le_bytes());
    }
    let sum = fnv1a64(&out);
    out.extend_from_slice(&sum.to_le_bytes());
    out
}

/// Verifies magic, version, length and checksum; returns a reader over the
/// body (between header and checksum).
pub fn open<'a>(
    bytes: &'a [u8],
    magic: &[u8; 8],
    version: u16,
) -> Result<Reader<'a>, ContainerError> {
    if bytes.is_empty() {
        return Err(ContainerError::Empty);
    }
    let m = bytes.len().min(magic.len());
    if bytes[..m] != magic[..m] {
        return Err(ContainerError::BadMagic);
    }
    let mut header = Reader::new(bytes, magic.len());
    let (Ok(found), Ok(_), Ok(total)) = (
        header.u16("version"),
        header.u16("reserved"),
        header.u64("length"),
    ) else {
        return Err(ContainerError::Truncated {
            expected: HEADER_LEN as u64,
            found: bytes.len() as u64,
        });
    };
    if found != version {
        return Err(ContainerError::UnsupportedVersion {
            found,
            supported: version,
        });
    }
    let len = bytes.len() as u64;
    if len < total {
        return Err(ContainerError::Truncated {
            expected: total,
            found: len,
        });
    }
    if len > total {
        return Err(corrupt(format!(
            "{} bytes after the announced end of the model",
            len - total
        )));
    }
    if bytes.len() < HEADER_LEN + CHECKSUM_LEN {
        return Err(corrupt("announced length is too short".into()));
    }
    let (content, sum) = bytes.split_at(bytes.len() - CHECKSUM_LEN);
    let stored = Reader::new(sum, 0).u64("checksum")?;
    let computed = fnv1a64(content);
    if stored != computed {
        return Err(ContainerError::ChecksumMismatch { stored, computed });
    }
    Ok(Reader::new(content, HEADER_LEN))
}

/// Appends a 1-byte length and the UTF-8 bytes of `s`.
///
/// # Panics
/// If `s` is longer than 255 bytes: names are written by trainers, so a long
/// one is a bug of the caller, not a property of input data.
pub fn put_str(out: &mut Vec<u8>, s: &str) {
    let len = u8::try_from(s.len()).expect("names are at most 255 bytes");
    out.push(len);
    out.extend_from_slice(s.as_bytes());
}

/// Appends `v` as an LEB128 varint.
fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn zigzag(v: i16) -> u64 {
    let v = i64::from(v);
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(z: u64) -> Option<i16> {
    let v = ((z >> 1) as i64) ^ -((z & 1) as i64);
    i16::try_from(v).ok()
}

/// Appends a weight table's scale and its non-empty rows (not its `bits` or
/// class count: the file layouts place those differently).
pub fn put_table(out: &mut Vec<u8>, w: &Weights) {
    out.extend_from_slice(&w.scale().to_le_bytes());
    let rows: Vec<u32> = w.nonempty_rows().collect();
    out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    let mut next = 0u32;
    for &r in &rows {
        put_varint(out, u64::from(r - next));
        next = r + 1;
        out.push((w.row(r).count() - 1) as u8);
        for (class, v) in w.row(r) {
            out.push(class);
            put_varint(out, zigzag(v));
        }
    }
}

fn build_error(e: BuildError) -> ContainerError {
    corrupt(match e {
        BuildError::Shape => "table shape out of range".into(),
        BuildError::RowOrder => "rows out of order".into(),
        BuildError::LabelOrder => "class ids out of order or range".into(),
        BuildError::Value => "zero weight stored, or too many weights".into(),
    })
}

/// The bytes ran out while reading `what`.
#[cold]
fn ends_inside(what: &str) -> ContainerError {
    corrupt(format!("ends inside the {what}"))
}

/// Why a varint could not be read: the bytes ran out before its last byte
/// (`available` < 10), or ten bytes all said "more follows".
#[cold]
fn varint_error(what: &str, available: usize) -> ContainerError {
    if available < 10 {
        ends_inside(what)
    } else {
        corrupt(format!("{what}: varint too long"))
    }
}

/// Bounds-checked little-endian cursor; every read names what it was
/// reading so corrupt files give useful messages.
#[derive(Debug)]
pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// A reader over `buf`, starting at `pos`.
    pub fn new(buf: &'a [u8], pos: usize) -> Reader<'a> {
        Reader { buf, pos }
    }

    /// How many bytes are left.
    pub fn remaining(&self) -> usize {
        self.buf.len().saturating_sub(self.pos)
    }

    /// Errors unless everything was read.
    pub fn finish(&self) -> Result<(), ContainerError> {
        match self.remaining() {
            0 => Ok(()),
            n => Err(corrupt(format!("{n} unread bytes before the checksum"))),
        }
    }

    /// The next `n` bytes.
    pub fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8], ContainerError> {
        let s = self
            .pos
            .checked_add(n)
            .and_then(|end| self.buf.get(self.pos..end))
            .ok_or_else(|| ends_inside(what))?;
        self.pos += n;
        Ok(s)
    }

    fn array<const N: usize>(&mut self, what: &str) -> Result<[u8; N], ContainerError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N, what)?);
        Ok(a)
    }

    /// One byte.
    #[inline]
    pub fn u8(&mut self, what: &str) -> Result<u8, ContainerError> {
        match self.buf.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                Ok(b)
            }
            None => Err(ends_inside(what)),
        }
    }

    /// A little-endian `u16`.
    pub fn u16(&mut self, what: &str) -> Result<u16, ContainerError> {
        Ok(u16::from_le_bytes(self.array(what)?))
    }

    /// A little-endian `u32`.
    pub fn u32(&mut self, what: &str) -> Result<u32, ContainerError> {
        Ok(u32::from_le_bytes(self.array(what)?))
    }

    /// A little-endian `u64`.
    pub fn u64(&mut self, what: &str) -> Result<u64, ContainerError> {
        Ok(u64::from_le_bytes(self.array(what)?))
    }

    /// A little-endian `f32`.
    pub fn f32(&mut self, what: &str) -> Result<f32, ContainerError> {
        Ok(f32::from_bits(self.u32(what)?))
    }

    /// A 1-byte length and that many bytes of UTF-8.
    pub fn string(&mut self, what: &str) -> Result<String, ContainerError> {
        let n = usize::from(self.u8(what)?);
        let b = self.take(n, what)?;
        String::from_utf8(b.to_vec()).map_err(|_| corrupt(format!("{what} is not UTF-8")))
    }

    /// An LEB128 varint of at most 64 bits (ten bytes).
    ///
    /// Model loading reads millions of these, so the loop works on the
    /// remaining slice directly and builds error messages out of line.
    #[inline]
    pub fn varint(&mut self, what: &str) -> Result<u64, ContainerError> {
        let rest = self.buf.get(self.pos..).unwrap_or(&[]);
        // Nearly all row gaps and weights fit in one or two bytes.
        match *rest {
            [b0, ..] if b0 < 0x80 => {
                self.pos += 1;
                return Ok(u64::from(b0));
            }
            [b0, b1, ..] if b1 < 0x80 => {
                self.pos += 2;
                return Ok(u64::from(b0 & 0x7f) | u64::from(b1) << 7);
            }
            _ => {}
        }
        let mut v = 0u64;
        for (k, &b) in rest.iter().take(10).enumerate() {
            v |= u64::from(b & 0x7f) << (7 * k);
            if b & 0x80 == 0 {
                self.pos += k + 1;
                return Ok(v);
            }
        }
        Err(varint_error(what, rest.len()))
    }

    /// A table written by [`put_table`] of `2^bits` rows and `classes`
    /// classes; `what` names it in errors.
    pub fn table(
        &mut self,
        what: &str,
        bits: u32,
        classes: usize,
    ) -> Result<Weights, ContainerError> {
        let scale = self.f32("scale")?;
        if !scale.is_finite() || scale <= 0.0 {
            return Err(corrupt(format!("invalid {what} scale {scale}")));
        }
        let mut weights = WeightsBuilder::new(bits, classes, scale).map_err(|_| {
            corrupt(format!(
                "{what} table of 2^{bits} rows x {classes} classes out of range (max 2^{MAX_BITS} rows)"
            ))
        })?;
        let nrows = self.u32("row count")?;
        if u64::from(nrows) > 1u64 << bits {
            return Err(corrupt(format!("{nrows} rows in a table of 2^{bits}")));
        }
        // Every stored row takes at least 4 bytes: reject absurd counts early.
        if nrows as usize > self.remaining() / 4 {
            return Err(corrupt(format!("{nrows} rows cannot fit")));
        }
        let mut next: u64 = 0;
        for _ in 0..nrows {
            let row = next
                .checked_add(self.varint("row gap")?)
                .filter(|&x| x < 1u64 << bits)
                .ok_or_else(|| corrupt("row index out of range".into()))?;
            next = row + 1;
            weights.start_row(row as u32).map_err(build_error)?;
            let count = usize::from(self.u8("weight count")?) + 1;
            if count > classes {
                return Err(corrupt(format!("{count} weights in a row of {classes}")));
            }
            for _ in 0..count {
                let class = self.u8("class id")?;
                let v = unzigzag(self.varint("weight")?)
                    .ok_or_else(|| corrupt("weight does not fit in 16 bits".into()))?;
                weights.push(class, v).map_err(build_error)?;
            }
        }
        Ok(weights.finish())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zigzag_round_trips_extremes() {
        for v in [0i16, 1, -1, 127, -128, i16::MAX, i16::MIN, -32767] {
            assert_eq!(unzigzag(zigzag(v)), Some(v));
        }
        assert_eq!(unzigzag(zigzag(i16::MAX) + 2), None);
    }

    #[test]
    fn varints_round_trip_and_overlong_ones_are_corrupt() {
        let mut out = Vec::new();
        for v in [0u64, 127, 128, 300, u64::MAX] {
            put_varint(&mut out, v);
        }
        let mut r = Reader::new(&out, 0);
        for v in [0u64, 127, 128, 300, u64::MAX] {
            assert_eq!(r.varint("v").ok(), Some(v));
        }
        assert!(r.finish().is_ok());
        let long = [0x80u8; 11];
        assert!(matches!(
            Reader::new(&long, 0).varint("gap"),
            Err(ContainerError::Corrupt(m)) if m == "gap: varint too long"
        ));
        // Ten continuation bytes are too long; fewer that end the input are
        // a truncation.
        assert!(matches!(
            Reader::new(&long[..10], 0).varint("gap"),
            Err(ContainerError::Corrupt(m)) if m == "gap: varint too long"
        ));
        assert!(matches!(
            Reader::new(&long[..9], 0).varint("gap"),
            Err(ContainerError::Corrupt(m)) if m == "ends inside the gap"
        ));
        assert!(matches!(
            Reader::new(&[], 0).varint("gap"),
            Err(ContainerError::Corrupt(m)) if m == "ends inside the gap"
        ));
        // The reader moves past exactly the bytes of each value.
        let mut r = Reader::new(&[0x05, 0xac, 0x02, 0x7f], 0);
        assert_eq!(r.varint("v").ok(), Some(5));
        assert_eq!(r.varint("v").ok(), Some(300));
        assert_eq!(r.remaining(), 1);
    }
}
