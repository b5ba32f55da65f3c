//! Finds where a key path (`routes.auto.rules[0].to`) sits in a YAML text, so errors found after
//! parsing (dangling references, bad thresholds) can name the file line like syntax errors do.

use std::collections::HashMap;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

/// Locations of every key and sequence item in a YAML document, by path.
#[derive(Debug, Default)]
pub struct LocationIndex {
    paths: HashMap<String, Location>,
}

impl LocationIndex {
    /// Indexes `text`; a text that does not parse gives an empty index.
    pub fn build(text: &str) -> Self {
        let mut recorder = Recorder::default();
        let mut parser = Parser::new_from_str(text);
        let _ = parser.load(&mut recorder, false);
        LocationIndex {
            paths: recorder.paths,
        }
    }

    /// The location of `path`, or of its nearest ancestor that is present.
    pub fn find(&self, path: &str) -> Option<Location> {
        let mut path = path;
        loop {
            if let Some(loc) = self.paths.get(path) {
                return Some(*loc);
            }
            let cut = path.rfind(['.', '['])?;
            path = &path[..cut];
        }
    }
}

enum Frame {
    /// In a mapping: the path of the mapping, and the pending key if a value is expected next.
    Map { path: String, key: Option<String> },
    /// In a sequence: the path of the sequence and the index of the next item.
    Seq { path: String, next: usize },
}

#[derive(Default)]
struct Recorder {
    stack: Vec<Frame>,
    paths: HashMap<String, Location>,
}

impl Recorder {
    /// The path of the node that starts now, recording where it starts; for a mapping key,
    /// records the key and returns None.
    fn enter(&mut self, scalar: Option<&str>, mark: Marker) -> Option<String> {
        let loc = Location {
            line: mark.line(),
            column: mark.col() + 1,
        };
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Seq { path, next }) => {
                let p = format!("{path}[{next}]");
                *next += 1;
                self.paths.entry(p.clone()).or_insert(loc);
                Some(p)
            }
            Some(Frame::Map { path, key }) => match key.take() {
                Some(k) => Some(join(path, &k)),
                None => {
                    // This node is a key.
                    let k = scalar.unwrap_or_default().to_owned();
                    self.paths.entry(join(path, &k)).or_insert(loc);
                    *key = Some(k);
                    None
                }
            },
        }
    }
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

impl MarkedEventReceiver for Recorder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        match ev {
            Event::Scalar(value, ..) => {
                self.enter(Some(&value), mark);
            }
            Event::Alias(_) => {
                self.enter(None, mark);
            }
            Event::MappingStart(..) => {
                if let Some(path) = self.enter(None, mark) {
                    self.stack.push(Frame::Map { path, key: None });
                }
            }
            Event::SequenceStart(..) => {
                if let Some(path) = self.enter(None, mark) {
                    self.stack.push(Frame::Seq { path, next: 0 });
                }
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_keys_and_items_by_path() {
        let text = "version: 1\nroutes:\n  auto:\n    rules:\n      - if: {tools: true}\n        to: big\n      - to: small\n";
        let index = LocationIndex::build(text);
        assert_eq!(index.find("version"), Some(Location { line: 1, column: 1 }));
        assert_eq!(
            index.find("routes.auto"),
            Some(Location { line: 3, column: 3 })
        );
        assert_eq!(
            index.find("routes.auto.rules[0].to"),
            Some(Location { line: 6, column: 9 })
        );
        assert_eq!(
            index.find("routes.auto.rules[0].if.tools"),
            Some(Location {
                line: 5,
                column: 14
            })
        );
        assert_eq!(
            index.find("routes.auto.rules[1].to"),
            Some(Location { line: 7, column: 9 })
        );
        // A missing leaf falls back to its parent.
        assert_eq!(
            index.find("routes.auto.default"),
            Some(Location { line: 3, column: 3 })
        );
        assert_eq!(index.find("nowhere"), None);
    }
}
