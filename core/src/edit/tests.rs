//! Unit tests of [`super::apply`]: unchanged edits report no change, report text returns to the
//! draft.

use super::*;
use crate::model::{Answer, App};

#[test]
fn unchanged_edits_report_no_change() {
    let mut a = Assessment::default();
    assert!(apply(
        &mut a,
        Edit::AddAssets {
            kind: AssetKind::App,
            names: vec!["协同办公".into()]
        }
    ));
    let app = a.inventory.apps[0].clone();
    assert!(!apply(&mut a, Edit::App(app.clone())));
    assert!(apply(
        &mut a,
        Edit::App(App {
            name: "新名称".into(),
            ..app
        })
    ));
    let answer = || Edit::Answer {
        item: "B4.1".into(),
        asset: "app-1".into(),
        answer: Some(Answer::choice("no")),
    };
    assert!(apply(&mut a, answer()));
    assert!(!apply(&mut a, answer()));
    assert!(apply(
        &mut a,
        Edit::Answer {
            item: "B4.1".into(),
            asset: "app-1".into(),
            answer: None
        }
    ));
    assert!(!apply(
        &mut a,
        Edit::Parameter {
            id: "x".into(),
            value: Some(f64::NAN)
        }
    ));
    assert!(apply(
        &mut a,
        Edit::Parameter {
            id: "x".into(),
            value: Some(30.0)
        }
    ));
    assert!(!apply(
        &mut a,
        Edit::Parameter {
            id: "x".into(),
            value: Some(30.0)
        }
    ));
    assert!(!apply(&mut a, Edit::Remove("app-9".into())));
}

#[test]
fn report_text_equal_to_the_draft_or_blank_returns_to_the_draft() {
    let mut a = Assessment::default();
    let edit = |text: &str| Edit::ReportText {
        section: "work".into(),
        text: text.into(),
        drafted: "草稿".into(),
    };
    assert!(!apply(&mut a, edit(" 草稿 ")));
    assert!(apply(&mut a, edit("本单位自行撰写")));
    assert!(!apply(&mut a, edit("本单位自行撰写 ")));
    assert_eq!(
        a.profile.report_text.get("work").map(String::as_str),
        Some("本单位自行撰写")
    );
    assert!(apply(&mut a, edit("  ")));
    assert!(a.profile.report_text.is_empty());
    assert!(apply(&mut a, Edit::Addressee("县委办公室".into())));
    assert!(!apply(&mut a, Edit::Addressee("县委办公室".into())));
}
