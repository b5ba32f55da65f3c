//! Small stable hashes for dedup and the train/validation split. Stable means the same input
//! gives the same value on every machine, build and Rust version (unlike `std`'s hasher), so an
//! export is reproducible. Not for anything adversarial.

/// FNV-1a over the bytes, finished with a 64-bit mixer.
pub fn hash64(bytes: &[u8]) -> u64 {
    hash64_seeded(bytes, 0)
}

pub fn hash64_seeded(bytes: &[u8], seed: u64) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ mix64(seed);
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix64(h)
}

/// The splitmix64 finalizer: spreads every input bit over the output.
pub fn mix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// A value in [0, 1) fixed by `key`.
pub fn unit_interval(key: &str) -> f64 {
    (hash64(key.as_bytes()) >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_values() {
        // Pinned: changing these changes every export's split.
        assert_eq!(hash64(b""), mix64(0xcbf2_9ce4_8422_2325 ^ mix64(0)));
        assert_eq!(hash64(b"abc"), hash64(b"abc"));
        assert_ne!(hash64(b"abc"), hash64(b"abd"));
        let u = unit_interval("req-1");
        assert!((0.0..1.0).contains(&u));
    }
}
