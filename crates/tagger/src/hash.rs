//! Small, fast, platform-independent hashing for feature strings.
//!
//! Features are never stored by name: each is hashed to a row of the weight
//! table (the "hashing trick"). The hash therefore has to be
//!
//! * **stable**: the same bytes give the same value on every platform and in
//!   every build, or a committed model silently stops matching its features;
//!   so no `std::hash` (its `DefaultHasher` is explicitly unstable) and all
//!   multi-byte reads are little-endian;
//! * **fast**: it runs ~30 times per token in the hot loop, so it is the
//!   FxHash recipe (rotate, xor, multiply), written inline here rather than
//!   pulled in as a dependency.
//!
//! Fx on its own has weak low bits, so [`bucket`] takes the *high* bits of a
//! final multiply, which depend on every input bit.

/// The FxHash multiplier (from Firefox / rustc's `FxHasher`).
const K: u64 = 0x517c_c1b7_2722_0a95;

/// A second odd constant (2^64 / golden ratio) for the final avalanche.
const K2: u64 = 0x9e37_79b9_7f4a_7c15;

/// Folds the word `x` into the running hash `h`.
#[inline(always)]
pub fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

/// Folds `bytes` into the running hash `h`, eight bytes at a time.
///
/// The length is mixed in last, so `"ab"` and `"ab\0"` differ.
#[inline]
pub fn hash_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = mix(h, u64::from_le_bytes(w));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        h = mix(h, tail_word(rest));
    }
    mix(h, bytes.len() as u64)
}

/// The up to 7 bytes of `rest` as a little-endian word, zero-padded.
///
/// Built from a 4-, a 2- and a 1-byte read: a variable-length copy into a
/// buffer became a `memcpy` call, and word features are mostly such tails.
#[inline(always)]
fn tail_word(rest: &[u8]) -> u64 {
    let mut x = 0u64;
    let mut k = 0;
    if let Some(&[a, b, c, d]) = rest.get(..4) {
        x = u64::from(u32::from_le_bytes([a, b, c, d]));
        k = 4;
    }
    if let Some(&[a, b]) = rest.get(k..k + 2) {
        x |= u64::from(u16::from_le_bytes([a, b])) << (8 * k);
        k += 2;
    }
    if let Some(&a) = rest.get(k) {
        x |= u64::from(a) << (8 * k);
    }
    x
}

/// Hash of a string starting from the seed `0`.
#[inline]
pub fn hash_str(s: &str) -> u64 {
    hash_bytes(0, s.as_bytes())
}

/// Maps a feature hash to a row index in `0 .. 2^bits`.
///
/// `bits` must be in `1..=32`; the high bits of a final multiply are used.
#[inline(always)]
pub fn bucket(h: u64, bits: u32) -> u32 {
    let h = (h ^ (h >> 32)).wrapping_mul(K2);
    (h >> (64 - bits)) as u32
}

/// 64-bit FNV-1a over `bytes`: the model file checksum.
///
/// FNV is not cryptographic; it is here to catch truncation and bit rot with
/// a byte-at-a-time loop simple enough to be obviously correct.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable_across_builds() {
        // Pinned values: if these change, every committed model breaks.
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(hash_str("said"), hash_bytes(0, b"said"));
        assert_ne!(hash_str("ab"), hash_str("ab\0"));
        assert_ne!(hash_str("said"), hash_str("Said"));
    }

    #[test]
    fn tails_are_the_zero_padded_little_endian_word() {
        let bytes = b"\x01\x82\x03\xf4\x05\x06\xf7";
        for n in 0..=bytes.len() {
            let mut w = [0u8; 8];
            w[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(tail_word(&bytes[..n]), u64::from_le_bytes(w), "{n} bytes");
        }
        // Pinned: a change here would orphan every committed model's rows.
        assert_eq!(hash_str("a"), mix(mix(0, 0x61), 1));
        assert_eq!(
            hash_str("abcdefghij"),
            mix(mix(mix(0, 0x6867_6665_6463_6261), 0x6a69), 10)
        );
    }

    #[test]
    fn buckets_stay_in_range_and_spread() {
        let bits = 10;
        let mut seen = vec![0u32; 1 << bits];
        for i in 0..10_000u64 {
            let b = bucket(mix(7, i), bits);
            seen[b as usize] += 1;
        }
        // Roughly uniform: no bucket gets more than 4x its share.
        let max = seen.iter().copied().max().unwrap_or(0);
        assert!(max < 40, "max bucket load {max}");
    }
}
