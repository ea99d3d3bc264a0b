//! Skipping through a line to the bytes a construct must start with.
//!
//! Most of a line is words: a scanner that looks for digits (footnote
//! markers, numbers of paragraphs) would otherwise test every byte of it.
//! [`find`] tests sixteen bytes at a time with a test the compiler turns
//! into vector instructions, and looks at single bytes only in the block
//! where one matches.

/// The position of the first byte at or after `from` for which `hit` holds
/// (`hit` must be a cheap test of the byte alone: comparisons joined with
/// `|`, not `||`, and no table, or the block is tested byte by byte).
#[inline]
pub fn find(bytes: &[u8], from: usize, hit: impl Fn(u8) -> bool + Copy) -> Option<usize> {
    let mut i = from.min(bytes.len());
    for block in bytes[i..].chunks_exact(16) {
        // A block of a known length, every byte tested: vector instructions
        // (about one instruction a byte, against eight byte by byte).
        let block: &[u8; 16] = block.try_into().unwrap_or(&[0; 16]);
        let mut any = false;
        for &b in block {
            any |= hit(b);
        }
        if any {
            break;
        }
        i += 16;
    }
    bytes[i..].iter().position(|&b| hit(b)).map(|at| i + at)
}

/// Whether `b` is an ASCII digit, as a test [`find`] vectorizes.
#[inline]
pub fn is_digit(b: u8) -> bool {
    b.wrapping_sub(b'0') < 10
}

/// The position of the first ASCII digit at or after `from`.
#[inline]
pub fn find_digit(bytes: &[u8], from: usize) -> Option<usize> {
    find(bytes, from, is_digit)
}

/// [`char::is_alphabetic`], told without the Unicode tables for the Arabic
/// letters (U+0620 to U+064A, all letters): an Arabic line's words are
/// read letter by letter where a reader looks for the word around a place.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    matches!(c, '\u{620}'..='\u{64a}') || c.is_alphabetic()
}

/// [`char::is_alphanumeric`], told as [`is_alphabetic`] is.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    matches!(c, '\u{620}'..='\u{64a}') || c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_a_byte_loop_finds() {
        let text = "Recalling its resolution sixty-seven of the General Assembly, and the report \u{201c}A\u{201d}9 of 2 May";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() + 2 {
            let slow = bytes
                .iter()
                .enumerate()
                .skip(from)
                .find(|(_, b)| b.is_ascii_digit())
                .map(|(i, _)| i);
            assert_eq!(find_digit(bytes, from), slow, "from {from}");
        }
        assert_eq!(find_digit(b"", 0), None);
        assert_eq!(find(bytes, 0, |b| b >= 0x80), text.find('\u{201c}'));
    }

    #[test]
    fn letters_are_told_as_the_unicode_tables_tell_them() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
