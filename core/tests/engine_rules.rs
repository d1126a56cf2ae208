//! Judging and applicability on the small synthetic pack: every condition, filter, prefill and
//! the exception, one behaviour per test.

mod common;

use common::builder::Unit;
use common::synthetic;
use fingertip_core::engine::*;
use fingertip_core::model::*;
use fingertip_core::pack::Pack;

/// Two apps (one planned), two accounts on different platforms, a temporary and a standing group.
fn base(pack: &Pack) -> Unit<'_> {
    Unit::new(pack)
        .app("app-1", "办公通")
        .app_with("app-2", "新平台", |a| a.status = AppStatus::Planned)
        .account("acct-1", "微信公众号", "某市发布", "2026-06-01")
        .account("acct-2", "抖音", "某市服务", "2026-06-20")
        .group("grp-1", "专班群", GroupKind::Temporary, false)
        .group("grp-2", "科室群", GroupKind::Standing, false)
}

/// Judges `value` for `item` on the asset with id `asset` of `a`.
fn judge_on(
    pack: &Pack,
    a: &Assessment,
    item: &str,
    asset: &str,
    value: Option<AnswerValue>,
    exception: bool,
) -> Judgement {
    let params = Params::new(pack, &a.parameters);
    let ctx = JudgeContext::new(&a.profile, &params);
    let inv = &a.inventory;
    let asset = inv
        .apps
        .iter()
        .find(|x| x.id == asset)
        .map(AssetRef::App)
        .or_else(|| {
            inv.accounts
                .iter()
                .find(|x| x.id == asset)
                .map(AssetRef::Account)
        })
        .or_else(|| {
            inv.groups
                .iter()
                .find(|x| x.id == asset)
                .map(AssetRef::Group)
        })
        .unwrap_or(AssetRef::Unit(&a.profile));
    let item = pack.item(item).expect("item exists");
    judge(item, asset, value.as_ref(), exception, &ctx)
}

fn choice(v: &str) -> Option<AnswerValue> {
    Some(AnswerValue::Choice(v.into()))
}

fn finding<'e>(eval: &'e Evaluation, item: &str, asset: &str) -> &'e Finding {
    eval.findings
        .iter()
        .find(|f| f.target.item == item && f.target.asset == asset)
        .expect("finding exists")
}

#[test]
fn targets_follow_pack_order_then_inventory_order_with_filters() {
    let pack = synthetic::pack();
    let a = base(&pack).build();
    let got: Vec<String> = applicable_targets(&pack, &a)
        .iter()
        .map(|t| format!("{} {}", t.item, t.asset))
        .collect();
    let want = [
        "U1 unit",
        "A1 app-1",
        "A1 app-2",
        "A2 app-1",
        "A2 app-2",
        "A3 app-1",
        "A3 app-2",
        "C1 acct-1",
        "C1 acct-2",
        "G1 grp-1",
        "F1 app-1",
        "F1 app-2",
        "N1 unit",
        "B1.2 unit",
        "B1.2 app-1",
        "B1.2 app-2",
        "M1 app-1",
        "M1 app-2",
        "M1 acct-1",
        "M1 acct-2",
    ];
    assert_eq!(got, want);
}

#[test]
fn targets_carry_scope_and_display_label() {
    let pack = synthetic::pack();
    let a = base(&pack).build();
    let targets = applicable_targets(&pack, &a);
    let label = |item: &str, asset: &str| {
        let t = targets
            .iter()
            .find(|t| t.item == item && t.asset == asset)
            .expect("target");
        (t.scope, t.label.clone())
    };
    use fingertip_core::pack::Scope;
    assert_eq!(label("U1", "unit"), (Scope::Unit, "某市数据局".to_string()));
    assert_eq!(label("A1", "app-1"), (Scope::App, "办公通".to_string()));
    assert_eq!(
        label("C1", "acct-1"),
        (Scope::Account, "某市发布(微信公众号)".to_string())
    );
    assert_eq!(
        label("G1", "grp-1"),
        (Scope::Group, "专班群(微信)".to_string())
    );
}

#[test]
fn unit_filters_follow_the_profile() {
    let pack = synthetic::pack();
    let a = Unit::new(&pack)
        .unit("某镇政府", UnitLevel::Township)
        .supervising()
        .build();
    let items: Vec<String> = applicable_targets(&pack, &a)
        .into_iter()
        .map(|t| t.item)
        .collect();
    assert_eq!(items, ["U1", "S1", "T1", "N1", "B1.2"]);
}

#[test]
fn the_builder_answers_everything_compliantly() {
    let pack = synthetic::pack();
    let a = base(&pack).build();
    let eval = evaluate(&pack, &a);
    assert_eq!(eval.counts.compliant, eval.findings.len());
    assert_eq!(eval.verdict.overall, Overall::Compliant);
    assert_eq!(eval.verdict.reasons, ["全部 20 项均符合要求或不适用"]);
    assert_eq!(eval.completion_percent, 100);
}

#[test]
fn no_value_wrong_kind_and_not_applicable() {
    let pack = synthetic::pack();
    let a = base(&pack).build();
    let j = |v| judge_on(&pack, &a, "A1", "app-1", v, false);
    assert_eq!(j(None).status, Status::Unanswered);
    assert_eq!(j(choice("maybe")).status, Status::Unanswered);
    assert_eq!(j(Some(AnswerValue::Number(1.0))).status, Status::Unanswered);
    let na = j(Some(AnswerValue::NotApplicable("无此功能".into())));
    assert_eq!(
        (na.status, na.reasons),
        (Status::NotApplicable, vec!["不适用:无此功能".to_string()])
    );
    assert_eq!(j(choice("yes")).status, Status::Compliant);
    assert_eq!(j(choice("partial")).status, Status::Advisory);
    let red = j(choice("no"));
    assert_eq!(
        (red.status, red.reasons),
        (Status::RedLine, vec!["选了no".to_string()])
    );
}

#[test]
fn the_worst_firing_rule_decides_and_all_reasons_are_kept() {
    let pack = synthetic::pack();
    let a = base(&pack).build();
    let multi = |v: &[&str]| {
        Some(AnswerValue::Multi(
            v.iter().map(|s| s.to_string()).collect(),
        ))
    };
    let j = judge_on(&pack, &a, "A2", "app-1", multi(&["checkin"]), false);
    assert_eq!(j.status, Status::RedLine);
    assert_eq!(j.reasons, ["有打卡", "缺说明"]);
    assert_eq!(
        judge_on(&pack, &a, "A2", "app-1", multi(&["none"]), false).status,
        Status::Advisory
    );
    assert_eq!(
        judge_on(&pack, &a, "A2", "app-1", multi(&["doc", "none"]), false).status,
        Status::Compliant
    );
    assert_eq!(
        judge_on(&pack, &a, "A2", "app-1", multi(&["bogus"]), false).status,
        Status::Unanswered
    );
}

#[test]
fn a_claimed_exception_lowers_a_red_line_only_where_the_item_has_one() {
    let pack = synthetic::pack();
    let a = base(&pack).build();
    let checkin = Some(AnswerValue::Multi(vec!["checkin".into(), "doc".into()]));
    let j = judge_on(&pack, &a, "A2", "app-1", checkin, true);
    assert_eq!(j.status, Status::Advisory);
    assert!(j.exception_applied);
    assert_eq!(j.reasons, ["有打卡", "已声明例外“安保应急”,红线降为建议"]);
    let no_exception = judge_on(&pack, &a, "A1", "app-1", choice("no"), true);
    assert_eq!(
        (no_exception.status, no_exception.exception_applied),
        (Status::RedLine, false)
    );
    let advisory = judge_on(
        &pack,
        &a,
        "A2",
        "app-1",
        Some(AnswerValue::Multi(vec![])),
        true,
    );
    assert_eq!(
        (advisory.status, advisory.exception_applied),
        (Status::Advisory, false)
    );
}

#[test]
fn rules_with_a_non_matching_only_filter_are_skipped() {
    let pack = synthetic::pack();
    let a = base(&pack).build();
    let n = |x| Some(AnswerValue::Number(x));
    assert_eq!(
        judge_on(&pack, &a, "A3", "app-1", n(3.0), false).status,
        Status::Compliant
    );
    assert_eq!(
        judge_on(&pack, &a, "A3", "app-2", n(3.0), false).status,
        Status::RedLine
    );
    assert_eq!(
        judge_on(&pack, &a, "A3", "app-1", n(6.0), false).status,
        Status::Advisory
    );
    assert_eq!(
        judge_on(&pack, &a, "A3", "app-1", n(-1.0), false).status,
        Status::Unanswered
    );
}

#[test]
fn parameter_overrides_beat_pack_defaults() {
    let pack = synthetic::pack();
    let a = base(&pack).number("A3", "app-2", 3.0).build();
    assert_eq!(
        finding(&evaluate(&pack, &a), "A3", "app-2").status,
        Status::RedLine
    );
    let a = base(&pack)
        .number("A3", "app-2", 3.0)
        .param("max", 4.0)
        .build();
    assert_eq!(
        finding(&evaluate(&pack, &a), "A3", "app-2").status,
        Status::Compliant
    );
}

#[test]
fn older_than_days_counts_from_the_profile_date() {
    let pack = synthetic::pack();
    let a = base(&pack).build();
    let d = |s: &str| Some(AnswerValue::Date(s.into()));
    // 2026-04-01 is 90 days before 2026-06-30; 2026-03-31 is 91.
    assert_eq!(
        judge_on(&pack, &a, "C1", "acct-1", d("2026-04-01"), false).status,
        Status::Compliant
    );
    assert_eq!(
        judge_on(&pack, &a, "C1", "acct-1", d("2026-03-31"), false).status,
        Status::Advisory
    );
    assert_eq!(
        judge_on(&pack, &a, "C1", "acct-1", Some(AnswerValue::Never), false).status,
        Status::RedLine
    );
    assert_eq!(
        judge_on(&pack, &a, "C1", "acct-1", d("2026-02-30"), false).status,
        Status::Unanswered
    );
    let undated = base(&pack).date("not a date").build();
    assert_eq!(
        judge_on(&pack, &undated, "C1", "acct-1", d("2020-01-01"), false).status,
        Status::Compliant
    );
    let silent = base(&pack).param("silent", 200.0).build();
    assert_eq!(
        judge_on(&pack, &silent, "C1", "acct-1", d("2026-01-01"), false).status,
        Status::Compliant
    );
}

#[test]
fn the_inventory_prefills_unanswered_rows() {
    let pack = synthetic::pack();
    let a = Unit::new(&pack)
        .app_with("app-1", "办公通", |a| a.filing = FilingStatus::NotFiled)
        .app_with("app-2", "新平台", |a| a.filing = FilingStatus::Applying)
        .account("acct-1", "微信公众号", "某市发布", "2026-01-05")
        .account("acct-2", "微信公众号", "某市服务", "")
        .account("acct-3", "微信公众号", "某市文旅", "2026-06-01")
        .group("grp-1", "专班群", GroupKind::Temporary, true)
        .skip("C1", "acct-2")
        .build();
    let eval = evaluate(&pack, &a);
    let status = |i, s| {
        let f = finding(&eval, i, s);
        (f.status, f.prefilled)
    };
    assert_eq!(status("C1", "acct-1"), (Status::Advisory, true));
    assert_eq!(status("C1", "acct-2"), (Status::Unanswered, false));
    assert_eq!(status("C1", "acct-3"), (Status::Compliant, true));
    assert_eq!(status("G1", "grp-1"), (Status::RedLine, true));
    assert_eq!(status("F1", "app-1"), (Status::RedLine, true));
    assert_eq!(status("F1", "app-2"), (Status::Compliant, true));
    assert_eq!(status("N1", "unit"), (Status::Advisory, true));
}

#[test]
fn an_explicit_value_beats_the_prefill_but_notes_alone_do_not() {
    let pack = synthetic::pack();
    let noted = Answer {
        note: "在核实".into(),
        ..Answer::default()
    };
    let a = Unit::new(&pack)
        .app_with("app-1", "办公通", |a| a.filing = FilingStatus::NotFiled)
        .app_with("app-2", "新平台", |a| a.filing = FilingStatus::NotFiled)
        .choice("F1", "app-1", "filed")
        .with("F1", "app-2", noted)
        .build();
    let eval = evaluate(&pack, &a);
    let f1 = finding(&eval, "F1", "app-1");
    assert_eq!((f1.status, f1.prefilled), (Status::Compliant, false));
    let f2 = finding(&eval, "F1", "app-2");
    assert_eq!((f2.status, f2.prefilled), (Status::RedLine, true));
    let direct = effective_value(
        pack.item("F1").expect("F1"),
        AssetRef::App(&a.inventory.apps[1]),
        a.answer("F1", "app-2"),
        &a.inventory,
    );
    assert_eq!(
        direct,
        (Some(AnswerValue::Choice("not_filed".into())), true)
    );
}

#[test]
fn counts_add_up_overall_per_part_and_per_article() {
    let pack = synthetic::pack();
    let a = base(&pack)
        .choice("A1", "app-1", "no")
        .choice("A1", "app-2", "partial")
        .answer("M1", "acct-1", AnswerValue::NotApplicable("已注销".into()))
        .skip("U1", "unit")
        .build();
    let eval = evaluate(&pack, &a);
    let c = eval.counts;
    assert_eq!(
        (
            c.compliant,
            c.advisory,
            c.red_line,
            c.not_applicable,
            c.unanswered
        ),
        (16, 1, 1, 1, 1)
    );
    assert_eq!(c.total(), eval.findings.len());
    assert_eq!(eval.completion_percent, 95);
    let parts: Vec<_> = eval
        .parts
        .iter()
        .map(|p| (p.id.as_str(), p.answered, p.total))
        .collect();
    assert_eq!(parts, [("X", 9, 10), ("Y", 10, 10)]);
    let articles: Vec<_> = eval
        .articles
        .iter()
        .map(|p| (p.id.as_str(), p.total))
        .collect();
    assert_eq!(articles, [("1", 6), ("2", 4), ("3", 10)]);
    assert_eq!(
        eval.parts[0].counts.red_line + eval.parts[1].counts.red_line,
        1
    );
    let targets: Vec<_> = eval
        .unanswered
        .iter()
        .map(|t| (t.item.as_str(), t.asset.as_str()))
        .collect();
    assert_eq!(targets, [("U1", "unit")]);
}

#[test]
fn the_overall_verdict_puts_red_lines_before_gaps_before_advisories() {
    let pack = synthetic::pack();
    let eval = evaluate(
        &pack,
        &base(&pack)
            .choice("A1", "app-1", "no")
            .choice("M1", "app-2", "yes")
            .skip("U1", "unit")
            .build(),
    );
    assert_eq!(eval.verdict.overall, Overall::RedLines);
    assert_eq!(
        eval.verdict.reasons,
        ["存在 2 项红线问题", "尚有 1 项未作答"]
    );
    let eval = evaluate(
        &pack,
        &base(&pack)
            .choice("A1", "app-1", "partial")
            .skip("U1", "unit")
            .build(),
    );
    assert_eq!(
        (eval.verdict.overall, eval.verdict.reasons.clone()),
        (
            Overall::Incomplete,
            vec!["尚有 1 项未作答".to_string(), "有 1 项建议改进".to_string()]
        )
    );
    assert_eq!(eval.verdict.overall.label(), "自查未完成");
    let eval = evaluate(&pack, &base(&pack).choice("A1", "app-1", "partial").build());
    assert_eq!(
        (eval.verdict.overall, eval.verdict.reasons.clone()),
        (Overall::AdvisoryOnly, vec!["有 1 项建议改进".to_string()])
    );
}

fn filing(eval: &Evaluation) -> Vec<(String, Filing, Vec<String>)> {
    eval.filing
        .iter()
        .map(|f| (f.app.clone(), f.verdict, f.reasons.clone()))
        .collect()
}

fn row(app: &str, verdict: Filing, reasons: &[&str]) -> (String, Filing, Vec<String>) {
    (
        app.to_string(),
        verdict,
        reasons.iter().map(|s| s.to_string()).collect(),
    )
}

#[test]
fn filing_verdict_per_app() {
    let pack = synthetic::pack();
    let a = Unit::new(&pack)
        .app("app-1", "办公通")
        .app("app-2", "考勤通")
        .app("app-3", "填报通")
        .app("app-4", "学习通")
        .app("app-5", "问政通")
        .choice("B1.2", "app-1", "yes")
        .multi("A2", "app-2", &["checkin", "doc"])
        .skip("A1", "app-3")
        .choice("M1", "app-4", "yes")
        .choice("A1", "app-4", "partial")
        .build();
    let eval = evaluate(&pack, &a);
    assert_eq!(
        filing(&eval),
        [
            row(
                "app-1",
                Filing::NotAdvisable,
                &["B1.2 为红线:县以下单位不得自建政务应用程序"]
            ),
            row(
                "app-2",
                Filing::FixFirst,
                &["本应用存在阻断备案的红线问题:A2"]
            ),
            row("app-3", Filing::Incomplete, &["本应用尚有 1 项未作答:A1"]),
            row(
                "app-4",
                Filing::Ready,
                &[
                    "未发现阻断备案的问题",
                    "另有不阻断备案的红线问题须整改:M1",
                    "建议改进:A1"
                ]
            ),
            row("app-5", Filing::Ready, &["未发现阻断备案的问题"]),
        ]
    );
    assert_eq!(eval.filing[1].label, "考勤通");
    assert_eq!(Filing::FixFirst.label(), "整改后再提交");
}

#[test]
fn unit_level_blockers_and_township_apps() {
    let pack = synthetic::pack();
    let a = Unit::new(&pack)
        .app("app-1", "办公通")
        .choice("U1", "unit", "no")
        .build();
    assert_eq!(
        filing(&evaluate(&pack, &a)),
        [row(
            "app-1",
            Filing::FixFirst,
            &["单位层面存在阻断备案的红线问题:U1"]
        )]
    );
    let a = Unit::new(&pack)
        .app("app-1", "办公通")
        .skip("U1", "unit")
        .build();
    assert_eq!(
        filing(&evaluate(&pack, &a)),
        [row(
            "app-1",
            Filing::Incomplete,
            &["单位层面阻断备案的题目未作答:U1"]
        )]
    );
    let a = Unit::new(&pack)
        .unit("某镇政府", UnitLevel::Township)
        .app_with("app-1", "镇里通", |a| a.status = AppStatus::Planned)
        .app("app-2", "上级平台")
        .build();
    let eval = evaluate(&pack, &a);
    assert_eq!(eval.filing[0].verdict, Filing::NotAdvisable);
    assert_eq!(eval.filing[1].verdict, Filing::Ready);
    let a = Unit::new(&pack)
        .app("app-1", "办公通")
        .choice("B1.2", "unit", "yes")
        .build();
    assert_eq!(evaluate(&pack, &a).filing[0].verdict, Filing::NotAdvisable);
}

#[test]
fn rectification_rows_one_per_problem_red_lines_first() {
    let pack = synthetic::pack();
    let owned = Answer {
        owner: "王五".into(),
        deadline: "2026-09-30".into(),
        measure: Some("关闭打卡模块".into()),
        status: RectStatus::InProgress,
        ..Answer::of(AnswerValue::Multi(vec!["checkin".into()]))
    };
    let a = base(&pack)
        .choice("A1", "app-1", "partial")
        .with("A2", "app-2", owned)
        .build();
    let eval = evaluate(&pack, &a);
    let rows = rectification_rows(&pack, &a, &eval);
    let keys: Vec<_> = rows
        .iter()
        .map(|r| (r.no, r.item.as_str(), r.asset.as_str(), r.severity))
        .collect();
    use fingertip_core::pack::Severity;
    assert_eq!(
        keys,
        [
            (1, "A2", "app-2", Severity::RedLine),
            (2, "A1", "app-1", Severity::Advisory)
        ]
    );
    let r = &rows[0];
    assert_eq!(r.problem, "问题 A2(有打卡;缺说明)");
    assert_eq!(r.basis, "《意见》第2条(原文)");
    assert_eq!(
        (
            r.measure.as_str(),
            r.owner.as_str(),
            r.deadline.as_str(),
            r.status
        ),
        ("关闭打卡模块", "王五", "2026-09-30", RectStatus::InProgress)
    );
    assert_eq!(
        (rows[1].measure.as_str(), rows[1].asset_label.as_str()),
        ("整改 A1", "办公通")
    );
}

#[test]
fn duplicate_asset_ids_and_stray_answers_do_not_break_evaluation() {
    let pack = synthetic::pack();
    let mut a = base(&pack).app("app-1", "重名应用").build();
    a.answers
        .insert(("ZZ9".into(), "nowhere".into()), Answer::choice("yes"));
    let eval = evaluate(&pack, &a);
    assert_eq!(eval.counts.total(), eval.findings.len());
    assert_eq!(eval.filing.len(), 3);
}
