//! Session facts the citation rules rest on, checked against what the
//! adopted texts of the corpus cite.

mod support;

use resolute_core::attribution::{self, Attribution};
use resolute_core::data::{self, ECOSOC_FIRST_JULY_SESSION};
use resolute_core::syntax::citation::{CitationId, SessionRef};
use resolute_core::syntax::Organ;
use resolute_core::Document;
use support::corpus::{self, par_map};

/// Every dated citation of the Economic and Social Council in the corpus:
/// (its year, the year and month of its date).
fn council_citations() -> Vec<(u32, u32, u32)> {
    let texts = corpus::english();
    par_map(&texts, |text| {
        let document = Document::new(&text.text);
        let context = document.model().context();
        let mut found = Vec::new();
        for line in document.lines() {
            for citation in line.citations() {
                let Attribution::Organ(Organ::EconomicAndSocialCouncil) =
                    context.attribute(citation, document.catalog())
                else {
                    continue;
                };
                let (
                    CitationId::Slash {
                        session: SessionRef::Regular(year),
                        ..
                    },
                    Some((date, _)),
                ) = (citation.id, citation.date)
                else {
                    continue;
                };
                found.push((year, date.year, date.month));
            }
        }
        found
    })
    .into_iter()
    .flatten()
    .collect()
}

#[test]
fn the_economic_and_social_council_runs_from_july_to_july_since_2015() {
    let cited = council_citations();
    assert!(cited.len() >= 150, "{}", cited.len());
    // The first session the corpus cites with a date in the year before its
    // number: a session of the July-to-July cycle.
    let first_cited = cited
        .iter()
        .filter(|(year, date_year, _)| date_year + 1 == *year)
        .map(|(year, ..)| *year)
        .min()
        .expect("the corpus cites sessions of the July-to-July cycle");
    assert_eq!(first_cited, 2017);
    // No earlier session than the one the Council opened in July 2014 (its
    // 2015 session) can be of that cycle, and none of the corpus's dates
    // contradicts it: every session before ran within its calendar year.
    assert!(ECOSOC_FIRST_JULY_SESSION <= first_cited);
    for (year, date_year, month) in &cited {
        if *year < ECOSOC_FIRST_JULY_SESSION {
            assert_eq!(date_year, year, "{year} cited with a date of {date_year}");
        } else {
            assert!(
                *date_year == *year && *month <= 7 || *date_year + 1 == *year && *month >= 7,
                "{year} cited with a date of {month}/{date_year}"
            );
        }
    }
    // The date a session would have begun under either reading.
    assert_eq!(
        data::ecosoc_session_range(ECOSOC_FIRST_JULY_SESSION).map(|r| r.0),
        Some(resolute_core::syntax::date::Date::new(2014, 7, 1))
    );
}

#[test]
fn every_human_rights_council_citation_of_the_corpus_fits_its_session() {
    let texts = corpus::english();
    let outside: Vec<String> = par_map(&texts, |text| {
        let document = Document::new(&text.text);
        let context = document.model().context();
        let mut outside = Vec::new();
        for (index, line) in document.lines().iter().enumerate() {
            for citation in line.citations() {
                if context.attribute(citation, document.catalog())
                    != Attribution::Organ(Organ::HumanRightsCouncil)
                {
                    continue;
                }
                let Some((date, _)) = citation.date else {
                    continue;
                };
                if !attribution::fits_date(Organ::HumanRightsCouncil, citation.id, date) {
                    outside.push(format!("{}:{}: {date}", text.name, index + 1));
                }
            }
        }
        outside
    })
    .into_iter()
    .flatten()
    .collect();
    // The two slips: `53/28 of 4 April 2023` and `54/42 of 4 April 2023`
    // (see the corpus test).
    assert_eq!(
        outside,
        [
            "unxml/ga/A_RES_78_253.txt:154: 4 April 2023",
            "unxml/hrc/A_HRC_RES_55_25.txt:10: 4 April 2023"
        ]
    );
}
