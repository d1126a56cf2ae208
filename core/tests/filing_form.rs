//! The 备案申请表 of the sample unit's hosted apps: every part the self-check can fill is filled
//! from the draft, the rest is blank and listed as 待补充; justification cards fill 功能设置情况.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failed test

use fingertip_core::filing_form::{
    embedded_layout, filing_forms, FilingForm, FormLayout, PartSource,
};
use fingertip_core::model::{AnswerValue, Assessment, Justification};
use fingertip_core::pack::{embedded, AnswerKind, Pack};
use fingertip_core::sample::sample_assessment;

fn pack() -> &'static Pack {
    embedded().expect("the embedded pack parses")
}

fn layout() -> &'static FormLayout {
    embedded_layout().expect("the embedded form layout parses")
}

fn sample() -> Assessment {
    sample_assessment("draft-1", "2026-11-01T09:00:00Z").expect("the sample parses")
}

fn lines<'f>(form: &'f FilingForm, row: u8, label: &str) -> &'f [String] {
    let row = form.rows.iter().find(|r| r.no == row).expect("row exists");
    &row.parts
        .iter()
        .find(|p| p.label == label)
        .expect("part exists")
        .lines
}

#[test]
fn layout_has_eight_rows_and_every_item_it_names_exists_with_valid_values() {
    let l = layout();
    assert_eq!(l.rows.len(), 8);
    assert_eq!(
        l.rows.iter().map(|r| r.no).collect::<Vec<_>>(),
        (1..=8).collect::<Vec<_>>()
    );
    assert!(l.source.contains("备案工作指南"), "{}", l.source);
    assert!(l.pledge.contains("真实、完整、准确和有效"));
    for part in l.rows.iter().flat_map(|r| &r.parts) {
        match part.source {
            PartSource::Answer | PartSource::Justifications => {
                let item = pack()
                    .item(&part.item)
                    .unwrap_or_else(|| panic!("{} in pack", part.item));
                for value in part.text.keys() {
                    let ok = match &item.answer {
                        AnswerKind::YesNo | AnswerKind::YesNoPartial => {
                            ["yes", "no", "partial"].contains(&value.as_str())
                        }
                        AnswerKind::Single { options } | AnswerKind::Multi { options } => {
                            options.iter().any(|o| &o.value == value)
                        }
                        _ => false,
                    };
                    assert!(ok, "{}: {value} is no value of the item", part.item);
                }
                if part.source == PartSource::Justifications {
                    assert!(item.exception.is_some(), "{} has an exception", part.item);
                }
            }
            _ => assert!(part.item.is_empty(), "{:?} names no item", part.source),
        }
    }
}

#[test]
fn sample_forms_fill_every_part_the_self_check_knows_and_list_the_rest() {
    let forms = filing_forms(layout(), pack(), &sample());
    // app-3 is only used (hosted by 省农业农村厅): no form.
    assert_eq!(
        forms.iter().map(|f| f.app.as_str()).collect::<Vec<_>>(),
        ["app-1", "app-2"]
    );
    let manual = [
        "3. 经办人·姓名",
        "3. 经办人·职务职级",
        "3. 经办人·电话",
        "3. 经办人·邮箱",
        "4. 立项审核情况·审批单位、时间及文号",
        "5. 功能设置情况·主要功能",
        "6. 运维和安全保障情况·运维团队",
        "6. 运维和安全保障情况·运维技术方案",
        "7. 上线验收情况·验收日期、组织单位及结论",
    ];
    assert_eq!(forms[0].to_fill, manual);
    // app-2 sets 打卡签到 and 积分排名 without claiming the exception: no reason or basis recorded.
    let mut app2 = manual.to_vec();
    app2.insert(6, "5. 功能设置情况·设置原因及依据");
    assert_eq!(forms[1].to_fill, app2);
    for form in &forms {
        for row in &form.rows {
            for part in &row.parts {
                let name = match part.label.as_str() {
                    "" => format!("{}. {}", row.no, row.label),
                    l => format!("{}. {}·{l}", row.no, row.label),
                };
                assert_eq!(
                    part.lines.is_empty(),
                    form.to_fill.contains(&name),
                    "{}: {name}",
                    form.app
                );
                assert!(
                    part.lines.iter().all(|l| !l.contains("待补充")),
                    "paper never says 待补充"
                );
            }
        }
    }
}

#[test]
fn sample_app_rows_say_what_the_answers_say() {
    let forms = filing_forms(layout(), pack(), &sample());
    let (a1, a2) = (&forms[0], &forms[1]);
    assert_eq!(lines(a2, 1, ""), ["示例县农业农村局"]);
    assert_eq!(lines(a2, 2, ""), ["示例县农技学习打卡"]);
    assert_eq!(lines(a2, 2, "应用形式"), ["小程序(内部办公)"]);
    assert_eq!(lines(a2, 4, "立项审核")[0], "立项审核手续不完整");
    assert_eq!(
        lines(a2, 4, "立项审核")[1],
        "说明:以购买服务方式建设,有政府采购手续,未纳入信息化项目审批"
    );
    assert_eq!(
        lines(a2, 4, "论证要点"),
        ["已论证:与已有应用功能不交叉重复、能否作为功能模块嵌入已有应用、满足数据管理和共享要求"]
    );
    assert_eq!(lines(a2, 5, "限制类功能")[0], "设置了:打卡签到、积分排名");
    assert_eq!(
        lines(a1, 5, "限制类功能"),
        ["未设置打卡签到、积分排名、在线时长统计等功能"]
    );
    assert_eq!(lines(a1, 5, "设置原因及依据"), ["不涉及"]);
    assert_eq!(
        lines(a2, 6, "安全测试情况")[0],
        "最近一次安全保密检查或风险评估:2026-03-10"
    );
    assert_eq!(lines(a2, 6, "网络安全等级保护测评情况"), ["未定级或未测评"]);
    assert_eq!(
        lines(a1, 6, "网络安全等级保护测评情况"),
        ["已定级备案并完成等级测评"]
    );
    assert_eq!(
        lines(a2, 6, "安全管理保障制度"),
        ["已建立覆盖应用、公众账号、工作群组的安全管理制度"]
    );
    assert_eq!(
        lines(a2, 7, "验收情况")[1],
        "说明:仅有供应商交付测试报告,未组织正式验收"
    );
    assert_eq!(
        lines(a2, 8, "同类应用"),
        ["省农业农村厅“农技云课堂”小程序(省农业农村厅主办)"]
    );
    assert_eq!(lines(a1, 8, "同类应用"), ["经核查,未发现同类政务应用程序"]);
    assert_eq!(lines(a2, 8, "核查结论")[0], "发现同类应用,尚未论证或整合");
}

#[test]
fn justification_cards_fill_the_function_row_and_blank_fields_are_listed() {
    let mut a = sample();
    let key = ("B4.1".into(), "app-2".into());
    let answer = a
        .answers
        .get_mut(&key)
        .expect("sample answers B4.1 for app-2");
    answer.value = Some(AnswerValue::Multi(vec!["checkin".into()]));
    answer.exception = true;
    answer.justifications.insert(
        "checkin".into(),
        Justification {
            reason: "防汛应急值守人员到岗确认".into(),
            document: "《示例县防汛应急预案》".into(),
            clause: "第五条".into(),
            audience: "防汛值班人员".into(),
            start: "2026-06-01".into(),
            end: String::new(),
        },
    );
    let forms = filing_forms(layout(), pack(), &a);
    assert_eq!(
        lines(&forms[1], 5, "设置原因及依据"),
        ["打卡签到——设置原因:防汛应急值守人员到岗确认;依据文件:《示例县防汛应急预案》;依据条款:第五条;适用人群:防汛值班人员;起始日期:2026-06-01;截止日期:"]
    );
    assert!(forms[1]
        .to_fill
        .contains(&"5. 功能设置情况·设置原因及依据·打卡签到·截止日期".to_string()));
    assert!(!forms[1]
        .to_fill
        .contains(&"5. 功能设置情况·设置原因及依据".to_string()));
}

#[test]
fn blank_unit_name_and_unanswered_items_are_left_to_fill_never_invented() {
    let mut a = sample();
    a.profile.name = "  ".into();
    a.answers
        .retain(|item, asset, _| !(item.as_str() == "D10.5" && asset.as_str() == "app-2"));
    let forms = filing_forms(layout(), pack(), &a);
    assert!(lines(&forms[1], 1, "").is_empty());
    assert!(lines(&forms[1], 6, "网络安全等级保护测评情况").is_empty());
    assert!(forms[1].to_fill.contains(&"1. 主办(使用)单位".to_string()));
    assert!(forms[1]
        .to_fill
        .contains(&"6. 运维和安全保障情况·网络安全等级保护测评情况".to_string()));
    let part = &forms[1].rows[5].parts[4];
    assert!(part.hint.contains("D10.5"), "{}", part.hint);
}
