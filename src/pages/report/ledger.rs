//! Section 五 整改台账: one row per problem (listing its assets), red lines first. 整改措施,
//! 责任人, 时限 and 状态 are editable on screen, each edit one intent core applies to the row's
//! answers; in print they show as plain text. Rows of earlier checks whose finding is gone follow.

use crate::state::Shared;
use std::rc::Rc;

use fingertip_core::cycle::CycleEdit;
use fingertip_core::edit::Edit;
pub use fingertip_core::edit::LedgerField;
use fingertip_core::model::AssetId;
use yew::prelude::*;

use super::gone_rows::GoneRows;
use super::ledger_import::LedgerImportPanel;
use super::ledger_row::LedgerRowView;
use crate::hooks::use_app;
use crate::platform::clock;
use fingertip_core::report::Report;

/// An edit of one ledger row: which problem (item, with the assets it lists) and which field.
#[derive(Debug, Clone, PartialEq)]
pub struct LedgerEdit {
    /// Item id (the row).
    pub item: AttrValue,
    /// The assets the row lists.
    pub assets: Rc<Vec<AssetId>>,
    /// The edited field.
    pub field: LedgerField,
}

/// Props of [`ReportLedger`].
#[derive(Properties, PartialEq)]
pub struct LedgerProps {
    /// The report model.
    pub report: Shared<Report>,
    /// The section heading: 五、整改台账 in the 自查底稿, 附件1 in the 正式报告.
    #[prop_or(AttrValue::Static("五、整改台账"))]
    pub heading: AttrValue,
}

/// The ledger section.
#[component]
pub fn ReportLedger(props: &LedgerProps) -> Html {
    let app = use_app();
    let pack = app.pack();
    // One field-level intent per edit: core applies it to the current answers, so a stale
    // render can never write back old values of the other cells.
    let on_edit = use_memo((), move |_| {
        Callback::from(move |e: LedgerEdit| {
            let remedy = pack
                .item(&e.item)
                .map(|i| i.remedy.clone())
                .unwrap_or_default();
            app.edit(Edit::Cycle(CycleEdit::LedgerCell {
                item: e.item.as_str().into(),
                assets: e.assets.to_vec(),
                field: e.field,
                remedy,
                date: clock::today(),
            }));
        })
    });
    let rows = &props.report.ledger;
    let c = &props.report.cover;
    html! {
        <section class="report-section ledger" aria-labelledby="sec-ledger">
            <h2 id="sec-ledger">{ props.heading.clone() }</h2>
            if rows.is_empty() {
                <p>{ "本次自查未发现需要整改的问题。" }</p>
            } else {
                <p class="section-lead no-print">
                    { "打印前可在下表中修改整改措施,填写责任人、时限和状态;修改会自动保存到本草稿。" }
                </p>
                <fieldset class="lock" disabled={props.report.record.finalised}>
                <table class="ledger-table">
                    <caption>{ format!("整改台账(共 {} 项)", rows.len()) }</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="col-no">{ "序号" }</th>
                            <th scope="col" class="col-problem">{ "问题" }</th>
                            <th scope="col" class="col-basis">{ "依据" }</th>
                            <th scope="col" class="col-measure">{ "整改措施" }</th>
                            <th scope="col" class="col-owner">{ "责任人" }</th>
                            <th scope="col" class="col-deadline">{ "时限" }</th>
                            <th scope="col" class="col-state">{ "状态" }</th>
                        </tr>
                    </thead>
                    // Repeated at the foot of every landscape ledger page: Chromium does not paint the
                    // page-fixed fingerprint footer on pages of another size than the first.
                    <tfoot class="print-only ledger-foot" aria-hidden="true">
                        <tr><td colspan="7">
                            <span>{ format!("数据指纹 {} · {} {}", c.fingerprint, c.pack_id, c.pack_version) }</span>
                            if let Some(qr) = &props.report.qr {
                                <svg class="ledger-qr" viewBox={format!("0 0 {0} {0}", qr.size)} shape-rendering="crispEdges">
                                    <rect width={qr.size.to_string()} height={qr.size.to_string()} fill="#fff" />
                                    <path d={qr.path.clone()} fill="#000" />
                                </svg>
                            }
                        </td></tr>
                    </tfoot>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <LedgerRowView key={r.no} row={Rc::new(r.clone())} on_edit={(*on_edit).clone()} />
                        }) }
                    </tbody>
                </table>
                </fieldset>
            }
            <GoneRows />
            if !rows.is_empty() { <LedgerImportPanel report={props.report.clone()} /> }
        </section>
    }
}
