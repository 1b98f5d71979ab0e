//! The redaction marker `[REDACTED:kind]`: what redaction writes where an identifier was, and
//! how a redacted text is read back into its pieces.
//!
//! [`write`] is the only writer ([`super::Redactor::redact`] calls it) and [`parse`] the only
//! reader (the review step splits a redacted text with it to show the replacements). A kind is
//! one or more ASCII letters, digits, `_` or `-`, as every label of
//! [`super::IdentifierKind::label`] and the detectors is. This module does not decide what is
//! redacted; it only spells and reads the marker.
//!
//! A text may hold something that looks like a marker without redaction having written it (a
//! participant's own words, an edit): [`parse`] reads it as a marker all the same, since a
//! redacted text does not record which markers it wrote; it never fails, whatever the text.

/// What every marker starts with.
const OPEN: &str = "[REDACTED:";
/// What every marker ends with.
const CLOSE: char = ']';

/// Whether `kind` may stand in a marker.
fn is_kind(kind: &str) -> bool {
    !kind.is_empty() && kind.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Appends the marker of `kind` (`[REDACTED:phone]`) to `out`. `kind` is a label such as
/// [`super::IdentifierKind::label`] gives; one that [`parse`] would not read back (empty, or with
/// other characters) is a bug in the caller.
pub fn write(out: &mut String, kind: &str) {
    debug_assert!(is_kind(kind), "not a redaction kind: {kind:?}");
    out.push_str(OPEN);
    out.push_str(kind);
    out.push(CLOSE);
}

/// A piece of a redacted text: plain text, or one marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'t> {
    /// Text as it stands (never empty; two plain pieces never follow each other).
    Plain(&'t str),
    /// A marker.
    Marker {
        /// The marker's text (`[REDACTED:phone]`).
        text: &'t str,
        /// Its kind (`phone`).
        kind: &'t str,
    },
}

/// `text` split into plain pieces and markers, in order; the pieces' texts put together give
/// `text` back. Something that starts like a marker but is not one (no `]`, an empty kind, a
/// kind with other characters) is plain text.
pub fn parse(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    // Start of the plain run not yet pushed, and where to look for the next marker.
    let (mut plain, mut at) = (0, 0);
    while let Some(i) = text[at..].find(OPEN).map(|i| at + i) {
        let kind_start = i + OPEN.len();
        let Some(len) = text[kind_start..].find(CLOSE) else { break };
        let kind = &text[kind_start..kind_start + len];
        if !is_kind(kind) {
            at = kind_start;
            continue;
        }
        if i > plain {
            out.push(Piece::Plain(&text[plain..i]));
        }
        let end = kind_start + len + CLOSE.len_utf8();
        out.push(Piece::Marker { text: &text[i..end], kind });
        (plain, at) = (end, end);
    }
    if plain < text.len() {
        out.push(Piece::Plain(&text[plain..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deid::test_texts::XorShift;
    use crate::deid::IdentifierKind;

    fn joined(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| match p {
                Piece::Plain(t) | Piece::Marker { text: t, .. } => *t,
            })
            .collect()
    }

    fn kinds<'t>(pieces: &[Piece<'t>]) -> Vec<&'t str> {
        pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Marker { kind, .. } => Some(*kind),
                Piece::Plain(_) => None,
            })
            .collect()
    }

    const KINDS: [IdentifierKind; 12] = [
        IdentifierKind::Name,
        IdentifierKind::Phone,
        IdentifierKind::Social,
        IdentifierKind::Address,
        IdentifierKind::IdNumber,
        IdentifierKind::Actor,
        IdentifierKind::Contact,
        IdentifierKind::Place,
        IdentifierKind::Interviewer,
        IdentifierKind::Pseudonym,
        IdentifierKind::RecordId,
        IdentifierKind::DenyList,
    ];

    /// Whatever plain text and kinds are written, parsing gives back exactly the kinds written,
    /// in order, and the text whole.
    #[test]
    fn what_is_written_parses_back() {
        let plains = ["", "Met ", " at ", "Hà Nội, ", "東京で", "[", "]", "REDACTED", "[REDACTED", "a]b", "[REDACTED: x]", "(", "\n"];
        let mut rng = XorShift(0x5eed_1234_abcd);
        for _ in 0..2000 {
            let mut text = String::new();
            let mut written = Vec::new();
            for _ in 0..(rng.next() % 6) {
                let plain = *rng.pick(&plains);
                text.push_str(plain);
                let kind = rng.pick(&KINDS).label();
                write(&mut text, kind);
                written.push(kind);
            }
            // A plain piece that starts with `]` after a marker must not bend it.
            let plain = *rng.pick(&plains);
            text.push_str(plain);
            let pieces = parse(&text);
            assert_eq!(joined(&pieces), text);
            // The plain texts hold no marker of their own, so the markers are exactly those written.
            assert_eq!(kinds(&pieces), written, "{text:?}");
            assert!(pieces.windows(2).all(|w| !matches!(w, [Piece::Plain(_), Piece::Plain(_)])), "{text:?}");
            assert!(!pieces.iter().any(|p| matches!(p, Piece::Plain(""))), "{text:?}");
        }
    }

    /// The redactor's output over the redaction corpus parses into exactly the spans it found,
    /// each marker in place of its span.
    #[test]
    fn redacted_corpus_parses_into_its_spans() {
        let corpus = crate::deid::test_texts::corpus();
        let known: Vec<crate::deid::KnownIdentifier> = corpus
            .iter()
            .flat_map(|v| v["known"].as_array().cloned().unwrap_or_default())
            .filter_map(|k| k[0].as_str().map(str::to_owned))
            .map(|value| crate::deid::KnownIdentifier { value, kind: IdentifierKind::Name, person: false })
            .collect();
        let redactor = crate::deid::Redactor::new(&known);
        let mut markers = 0;
        for text in crate::deid::test_texts::corpus_texts() {
            let spans = redactor.find(&text);
            let (redacted, n) = redactor.redact(&text, &mut Default::default());
            let pieces = parse(&redacted);
            assert_eq!(n, spans.len());
            assert_eq!(kinds(&pieces), spans.iter().map(|s| s.label).collect::<Vec<_>>(), "{text:?}");
            // Each plain piece is the original text between two spans.
            let mut at = 0;
            let mut spans = spans.iter();
            for p in &pieces {
                match p {
                    Piece::Plain(t) => {
                        let end = spans.clone().next().map_or(text.len(), |s| s.start);
                        assert_eq!(*t, &text[at..end]);
                        at = end;
                    }
                    Piece::Marker { .. } => at = spans.next().expect("a span per marker").end,
                }
            }
            markers += n;
        }
        assert!(markers > 500, "the corpus exercises the writer: {markers} markers");
    }

    /// Texts that look like markers without being ones stay plain, and nothing panics.
    #[test]
    fn hostile_texts_parse_as_plain_text() {
        for text in [
            "[REDACTED:",
            "[REDACTED:]",
            "[REDACTED: name]",
            "[REDACTED:na me]",
            "[REDACTED:名前]",
            "[REDACTED:name",
            "[redacted:name]",
            "[ REDACTED:name]",
            "REDACTED:name]",
            "[REDACTED:\nname]",
            "[REDACTED:é]",
            "[REDACTED:name)",
            "[REDACTED:[REDACTED:",
            "]]]][[[[",
            "",
        ] {
            let pieces = parse(text);
            assert_eq!(joined(&pieces), text);
            assert!(kinds(&pieces).is_empty(), "{text:?} holds no marker: {pieces:?}");
        }
    }

    /// A marker inside marker-like text is still found, and only the marker is.
    #[test]
    fn markers_inside_lookalikes_are_found() {
        let cases: [(&str, &[&str]); 6] = [
            ("[REDACTED:[REDACTED:name]", &["name"]),
            ("[[REDACTED:name]]", &["name"]),
            ("[REDACTED:na]me]", &["na"]),
            ("[REDACTED: x] then [REDACTED:phone]", &["phone"]),
            ("[REDACTED:名前] [REDACTED:id_number][REDACTED:deny-list]", &["id_number", "deny-list"]),
            ("Nguyễn [REDACTED:name]", &["name"]),
        ];
        for (text, want) in cases {
            let pieces = parse(text);
            assert_eq!(joined(&pieces), text);
            assert_eq!(kinds(&pieces), want, "{text:?}");
        }
        assert_eq!(
            parse("[REDACTED:[REDACTED:name]"),
            vec![Piece::Plain("[REDACTED:"), Piece::Marker { text: "[REDACTED:name]", kind: "name" }]
        );
    }

    /// Random bytes around marker fragments: parsing never panics and gives the text back.
    #[test]
    fn any_text_parses_into_itself() {
        let bits = ["[REDACTED:", "]", "name", " ", "é", "名", "[", ":", "_", "-"];
        let mut rng = XorShift(0xfeed_beef);
        for _ in 0..5000 {
            let text: String = (0..(rng.next() % 12)).map(|_| *rng.pick(&bits)).collect();
            assert_eq!(joined(&parse(&text)), text);
        }
    }
}
