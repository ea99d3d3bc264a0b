//! Skipping through a line to the bytes a construct must start with.
//!
//! Most of a line is words: a scanner that looks for digits (footnote
//! markers, numbers of paragraphs) would otherwise test every byte of it.
//! [`find`] tests sixteen bytes at a time with a test the compiler turns
//! into vector instructions, and looks at single bytes only in the block
//! where one matches.

/// How many ASCII digits open `text`.
pub(crate) fn digits(text: &str) -> usize {
    text.bytes().take_while(u8::is_ascii_digit).count()
}

/// Whether `b` is a word byte of the ASCII `\b` (`(?-u:\b)`).
pub(crate) fn is_ascii_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

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

/// The position of the `n`th byte (from 0) of `bytes` for which `hit`
/// holds (`hit` as for [`find`]): the hits counted sixteen bytes at a time
/// (a few instructions a block, where a search per hit, `memchr_iter`,
/// costs some forty a call between words a few bytes apart).
#[inline]
pub fn nth(bytes: &[u8], mut n: usize, hit: impl Fn(u8) -> bool + Copy) -> Option<usize> {
    let mut i = 0;
    for block in bytes.chunks_exact(16) {
        let block: &[u8; 16] = block.try_into().unwrap_or(&[0; 16]);
        let mut count = 0u8;
        for &b in block {
            count += u8::from(hit(b));
        }
        if usize::from(count) > n {
            break;
        }
        n -= usize::from(count);
        i += 16;
    }
    (bytes[i..].iter().enumerate())
        .filter(|&(_, &b)| hit(b))
        .nth(n)
        .map(|(at, _)| i + at)
}

/// Whether `hit(byte, next)` (`next` the byte after, 0 past the end)
/// holds for a byte of `bytes` from `from` on for which `check(at)`
/// holds too: `hit` tested sixteen bytes at a time (the last bytes copied
/// with zeros after them: `hit(0, 0)` must not hold), `check` on each
/// byte it passes, in order, until one holds.
#[inline]
pub fn any_with_next(
    bytes: &[u8],
    from: usize,
    hit: impl Fn(u8, u8) -> bool + Copy,
    mut check: impl FnMut(usize) -> bool,
) -> bool {
    let mut i = from;
    while i < bytes.len() {
        let mut copy = [0; 17];
        let window: &[u8; 17] = match bytes.get(i..i + 17).map(<&[u8; 17]>::try_from) {
            Some(Ok(window)) => window,
            _ => {
                let rest = &bytes[i..bytes.len().min(i + 17)];
                copy[..rest.len()].copy_from_slice(rest);
                &copy
            }
        };
        // Sixteen bytes and the one after them, every byte tested: a hit
        // is 1 in `hits`, read as a number.
        let mut hits = [0u8; 16];
        for (k, found) in hits.iter_mut().enumerate() {
            *found = u8::from(hit(window[k], window[k + 1]));
        }
        let mut hits = u128::from_le_bytes(hits);
        while hits != 0 {
            let k = hits.trailing_zeros() as usize / 8;
            if i + k < bytes.len() && check(i + k) {
                return true;
            }
            hits &= hits - 1;
        }
        i += 16;
    }
    false
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

/// Whether `c` is a letter without case that is told here without the
/// Unicode tables: an Arabic letter (U+0620 to U+064A) or a CJK unified
/// ideograph (U+3400 to U+4DBF, U+4E00 to U+9FFF). A reader that looks for
/// the word around a place reads an Arabic word letter by letter, and a
/// Chinese clause, written without spaces, ideograph by ideograph.
#[inline]
fn caseless_letter(c: char) -> bool {
    matches!(c, '\u{620}'..='\u{64a}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

/// Whether `c` is a letter of the Russian alphabet (`А` to `я`, `Ё`, `ё`),
/// told without the Unicode tables.
#[inline]
fn russian_letter(c: char) -> bool {
    matches!(c, '\u{410}'..='\u{44f}' | '\u{401}' | '\u{451}')
}

/// Whether `c` is a mark that is told to be neither a letter nor a digit
/// without the Unicode tables: general punctuation (U+2000 to U+206F:
/// dashes, quotation marks, spaces), the CJK marks (U+3000 to U+3004 and
/// U+3008 to U+3020: `、` `。` `《` `》` `【`), the full-width ones (U+FF01 to
/// U+FF0F and U+FF1A to U+FF20: `，` `（` `：` `；`) and the Arabic comma,
/// semicolon and question mark. A Chinese clause is full of them, and a
/// reader that asks whether the character before a place is a letter asks
/// it of them often.
#[inline]
fn mark(c: char) -> bool {
    matches!(
        c,
        '\u{2000}'..='\u{206f}'
            | '\u{3000}'..='\u{3004}'
            | '\u{3008}'..='\u{3020}'
            | '\u{ff01}'..='\u{ff0f}'
            | '\u{ff1a}'..='\u{ff20}'
            | '\u{60c}'
            | '\u{61b}'
            | '\u{61f}'
    )
}

/// [`char::is_alphabetic`], told without the Unicode tables for the
/// letters of [`caseless_letter`] and [`russian_letter`] and the marks of
/// [`mark`].
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (!c.is_ascii()
            && (caseless_letter(c) || russian_letter(c) || (!mark(c) && c.is_alphabetic())))
}

/// [`char::is_alphanumeric`], told as [`is_alphabetic`] is.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (!c.is_ascii()
            && (caseless_letter(c) || russian_letter(c) || (!mark(c) && c.is_alphanumeric())))
}

/// [`char::is_lowercase`], told as [`is_alphabetic`] is (the letters of
/// [`caseless_letter`] and the marks of [`mark`] are not).
#[inline]
pub fn is_lowercase(c: char) -> bool {
    c.is_ascii_lowercase() || (!c.is_ascii() && !caseless_letter(c) && !mark(c) && c.is_lowercase())
}

/// [`char::is_uppercase`], told as [`is_lowercase`] is.
#[inline]
pub fn is_uppercase(c: char) -> bool {
    c.is_ascii_uppercase() || (!c.is_ascii() && !caseless_letter(c) && !mark(c) && c.is_uppercase())
}

/// Whether `check(at)` holds for an offset `at` from `from` on where
/// `bytes` holds an ASCII byte from `low` to `high` (`low` above 0),
/// tried in order until one holds. Eight bytes are tested at once as one
/// number, with no branch (the capitals of an English line, where a name
/// may start: searching for each from the last one found costs more than
/// the search).
#[inline]
pub fn any_in_range(
    bytes: &[u8],
    from: usize,
    low: u8,
    high: u8,
    mut check: impl FnMut(usize) -> bool,
) -> bool {
    debug_assert!(0 < low && low <= high && high < 0x80);
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while let Some(word) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(word.try_into().unwrap_or([0; 8]));
        // Each byte with its high bit set, less `low` (or `high + 1`):
        // no byte borrows from the next, and the high bit stays set
        // where the byte's low seven bits are at least that.
        let set = x | HIGH_BITS;
        let at_least_low = set.wrapping_sub(ONES * u64::from(low));
        let above_high = set.wrapping_sub(ONES * u64::from(high + 1));
        // (`!x`: ASCII bytes only.)
        let mut hits = at_least_low & !above_high & !x & HIGH_BITS;
        while hits != 0 {
            if check(i + hits.trailing_zeros() as usize / 8) {
                return true;
            }
            hits &= hits - 1;
        }
        i += 8;
    }
    (i..bytes.len()).any(|k| (low..=high).contains(&bytes[k]) && check(k))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`nth`] finds what the `n`th match of an iterator finds: every `n`
    /// over texts of every length around the blocks, hits at their ends.
    #[test]
    fn the_nth_hit_is_the_iterator_s() {
        for len in 0..50 {
            for pattern in [1usize, 2, 3, 7, 16, 17] {
                let bytes: Vec<u8> = (0..len)
                    .map(|i| if i % pattern == 0 { b' ' } else { b'a' })
                    .collect();
                for n in 0..len + 2 {
                    let expected = (bytes.iter().enumerate())
                        .filter(|&(_, &b)| b == b' ')
                        .nth(n)
                        .map(|(at, _)| at);
                    assert_eq!(
                        nth(&bytes, n, |b| b == b' '),
                        expected,
                        "{len} {pattern} {n}"
                    );
                }
            }
        }
    }

    #[test]
    fn ranges_are_found_as_a_byte_loop_finds_them() {
        let text = "Recalling the UNDP\u{a0}report, A/67/1 of Ÿ 2013 (Z@[`ÀÉ)\u{201c}Q\u{201d} 1540 Committee";
        let bytes = text.as_bytes();
        for (low, high) in [(b'A', b'Z'), (b'1', b'1'), (b'0', b'9'), (1, 0x7f)] {
            for from in 0..=bytes.len() + 2 {
                let slow: Vec<usize> = (from..bytes.len())
                    .filter(|&k| (low..=high).contains(&bytes[k]))
                    .collect();
                let mut seen = Vec::new();
                assert!(!any_in_range(bytes, from, low, high, |k| {
                    seen.push(k);
                    false
                }));
                assert_eq!(seen, slow, "{low}..={high} from {from}");
                if let Some(&last) = slow.last() {
                    assert!(any_in_range(bytes, from, low, high, |k| k == last));
                }
            }
        }
    }

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
        for from in 0..=bytes.len() + 2 {
            let hit = |b: u8, next: u8| (b == b' ') & ((next == b'9') | (next == b'A'));
            let at = |k: usize| bytes.get(k).copied().unwrap_or(0);
            let slow: Vec<usize> = (from..bytes.len())
                .filter(|&k| hit(bytes[k], at(k + 1)))
                .collect();
            let mut seen = Vec::new();
            assert!(!any_with_next(bytes, from, hit, |k| {
                seen.push(k);
                false
            }));
            assert_eq!(seen, slow, "from {from}");
            if let Some(&last) = slow.last() {
                assert!(any_with_next(bytes, from, hit, |k| k == last));
            }
        }
    }

    #[test]
    fn letters_are_told_as_the_unicode_tables_tell_them() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_lowercase(c), c.is_lowercase(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
        }
    }
}
