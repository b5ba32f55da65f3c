//! Duplicate detection for exports, first seen wins.
//!
//! - Exact: a 64-bit stable hash of the normalized conversation (case and spacing ignored).
//! - Near: MinHash over word shingles of the prompt text, with locality-sensitive hashing
//!   (bands of the signature) to find candidates, then an estimated Jaccard similarity at or
//!   above the threshold. Catches templated prompts that differ in a word or two.
//!
//! Memory grows with the number of kept examples (8 bytes exact, 512 bytes near, each). It
//! never judges which copy is better: the first one seen, in log order, is kept.

use std::collections::{HashMap, HashSet};

use crate::hash::{hash64, hash64_seeded, mix64};

const PERMUTATIONS: usize = 128;

/// Which check found a duplicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Duplicate {
    Exact,
    Near,
}

pub(crate) struct Dedup {
    exact: Option<HashSet<u64>>,
    near: Option<NearIndex>,
}

impl Dedup {
    /// `near`: `(jaccard_threshold, shingle_words)`.
    pub fn new(exact: bool, near: Option<(f64, usize)>) -> Self {
        Dedup {
            exact: exact.then(HashSet::new),
            near: near.map(|(t, w)| NearIndex::new(t, w)),
        }
    }

    /// Whether this example duplicates one kept before; if not, it is kept (remembered).
    pub fn check(&mut self, exact_key: &str, near_text: &str) -> Option<Duplicate> {
        let key = hash64(exact_key.as_bytes());
        if self.exact.as_ref().is_some_and(|s| s.contains(&key)) {
            return Some(Duplicate::Exact);
        }
        let sig = match &self.near {
            Some(n) => match n.signature(near_text) {
                Some(sig) if n.find(&sig) => return Some(Duplicate::Near),
                sig => sig,
            },
            None => None,
        };
        if let Some(s) = &mut self.exact {
            s.insert(key);
        }
        if let (Some(n), Some(sig)) = (&mut self.near, sig) {
            n.insert(sig);
        }
        None
    }
}

/// A MinHash signature: the minimum of each of [`PERMUTATIONS`] hash functions over shingles.
type Signature = Box<[u32; PERMUTATIONS]>;

struct NearIndex {
    threshold: f64,
    shingle_words: usize,
    rows: usize,
    sigs: Vec<Signature>,
    /// `(band, hash of the band's values)` -> kept signatures with that band.
    buckets: HashMap<u64, Vec<u32>>,
    /// Per-permutation multipliers (odd) and offsets.
    coeffs: Vec<(u64, u64)>,
}

impl NearIndex {
    fn new(threshold: f64, shingle_words: usize) -> Self {
        let threshold = threshold.clamp(0.0, 1.0);
        // Rows per band: the largest whose LSH threshold (1/b)^(1/r) stays well under the
        // similarity threshold, so that true near-duplicates are found with high probability.
        let rows = [16usize, 8, 4, 2, 1]
            .into_iter()
            .find(|&r| (1.0 / (PERMUTATIONS / r) as f64).powf(1.0 / r as f64) <= threshold - 0.15)
            .unwrap_or(1);
        let coeffs = (0..PERMUTATIONS as u64)
            .map(|i| (mix64(i * 2 + 1) | 1, mix64(i * 2 + 2)))
            .collect();
        NearIndex {
            threshold,
            shingle_words: shingle_words.max(1),
            rows,
            sigs: Vec::new(),
            buckets: HashMap::new(),
            coeffs,
        }
    }

    /// `None` for a text without words.
    fn signature(&self, text: &str) -> Option<Signature> {
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        if words.is_empty() {
            return None;
        }
        let k = self.shingle_words.min(words.len());
        let mut sig: Signature = Box::new([u32::MAX; PERMUTATIONS]);
        for shingle in words.windows(k) {
            let base = hash64(shingle.join(" ").as_bytes());
            for (slot, &(a, b)) in sig.iter_mut().zip(&self.coeffs) {
                let h = (base.wrapping_mul(a).wrapping_add(b) >> 32) as u32;
                *slot = (*slot).min(h);
            }
        }
        Some(sig)
    }

    fn band_keys(&self, sig: &Signature) -> impl Iterator<Item = u64> + '_ {
        let bytes: Vec<u8> = sig.iter().flat_map(|v| v.to_le_bytes()).collect();
        (0..PERMUTATIONS / self.rows).map(move |band| {
            let span = &bytes[band * self.rows * 4..(band + 1) * self.rows * 4];
            hash64_seeded(span, band as u64)
        })
    }

    fn find(&self, sig: &Signature) -> bool {
        let mut seen = HashSet::new();
        for key in self.band_keys(sig) {
            for &i in self.buckets.get(&key).into_iter().flatten() {
                if seen.insert(i) && similarity(sig, &self.sigs[i as usize]) >= self.threshold {
                    return true;
                }
            }
        }
        false
    }

    fn insert(&mut self, sig: Signature) {
        let i = self.sigs.len() as u32;
        let keys: Vec<u64> = self.band_keys(&sig).collect();
        for key in keys {
            self.buckets.entry(key).or_default().push(i);
        }
        self.sigs.push(sig);
    }
}

/// Estimated Jaccard similarity: the share of equal signature slots.
fn similarity(a: &Signature, b: &Signature) -> f64 {
    a.iter().zip(b.iter()).filter(|(x, y)| x == y).count() as f64 / PERMUTATIONS as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_ignores_nothing_it_is_given() {
        let mut d = Dedup::new(true, None);
        assert_eq!(d.check("a", ""), None);
        assert_eq!(d.check("a", ""), Some(Duplicate::Exact));
        assert_eq!(d.check("b", ""), None);
    }

    #[test]
    fn near_duplicates_by_threshold() {
        let mut d = Dedup::new(false, Some((0.7, 3)));
        let base = "please summarize the following quarterly report for the board and highlight the main risks to revenue growth in europe and asia over the next two years";
        assert_eq!(d.check("1", base), None);
        // One word changed at the end: most shingles shared.
        let close = base.replace("two years", "three years");
        assert_eq!(d.check("2", &close), Some(Duplicate::Near));
        let other = "write a haiku about the sea at dawn with gulls and a lighthouse keeper";
        assert_eq!(d.check("3", other), None);
    }

    #[test]
    fn rows_follow_threshold() {
        assert_eq!(NearIndex::new(0.8, 3).rows, 4);
        assert_eq!(NearIndex::new(0.9, 3).rows, 8);
        assert_eq!(NearIndex::new(0.5, 3).rows, 2);
    }
}
