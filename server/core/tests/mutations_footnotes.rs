//! Footnote mistakes over the whole corpus: every English adopted text,
//! broken one mistake at a time the way drafters break footnotes, must get
//! the expected finding on the expected line and no other new error or
//! warning (at least 98% of the broken copies of each kind). The table of
//! each kind is printed (`cargo test --test mutations_footnotes --
//! --nocapture`; `MUTATION_MISSES=N` shows N misses per kind).
//!
//! Where a mistake goes is drawn from the footnotes the resolver found in
//! the original ([`resolute_core::footnotes`]), so every mistake is one a
//! reader of the text would see.

mod support;

use support::corpus;
use support::footnotes;
use support::mutate::assert_caught;

#[test]
fn footnote_mistakes_are_caught_on_the_whole_corpus() {
    assert_caught(&corpus::english(), &footnotes::kinds(), 200, 0.98);
}
