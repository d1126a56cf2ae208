//! Basis and help of an item, on demand: a native `<details>` disclosure (Enter/Space toggle it).

use fingertip_core::pack::{Condition, Confidence, Item, Pack, Threshold};
use yew::prelude::*;

use super::{BasisTags, PackRef, Static};

/// Props of [`HelpPanel`].
#[derive(Properties, PartialEq)]
pub struct HelpPanelProps {
    /// The criteria pack (compared by address).
    pub pack: PackRef,
    /// Item id.
    pub item: AttrValue,
}

/// The CSS class of a confidence tag (shared by every place that shows one).
pub fn confidence_class(c: Confidence) -> &'static str {
    match c {
        Confidence::Original => "conf-original",
        Confidence::News => "conf-news",
        Confidence::Local => "conf-local",
        Confidence::Practice => "conf-practice",
        Confidence::LocalRule | Confidence::UnitRule => "conf-local-rule",
    }
}

/// "label(可调整的默认值:N 单位)" for each pack parameter the item's rules compare against.
fn parameter_lines(pack: &Pack, item: &Item) -> Vec<String> {
    let mut ids: Vec<&str> = Vec::new();
    for rule in &item.rules {
        let (Condition::Above { than }
        | Condition::Below { than }
        | Condition::OlderThanDays { than }) = &rule.condition
        else {
            continue;
        };
        if let Threshold::Param(id) = than {
            if !ids.contains(&id.as_str()) {
                ids.push(id);
            }
        }
    }
    ids.into_iter()
        .filter_map(|id| pack.parameter(id))
        .map(|p| format!("{}(可调整的默认值:{} {})", p.label, p.default, p.unit))
        .collect()
}

/// The help panel.
#[component]
pub fn HelpPanel(props: &HelpPanelProps) -> Html {
    let pack: &fingertip_core::pack::Pack = props.pack.0;
    let Some(item) = pack.item(&props.item) else {
        return Html::default();
    };
    let params = parameter_lines(pack, item);
    let prohibitions: Vec<&str> = item
        .prohibitions
        .iter()
        .filter_map(|id| pack.prohibitions.iter().find(|p| &p.id == id))
        .map(|p| p.text.as_str())
        .collect();
    html! {
        <details class="help-panel">
            <summary>{ "依据与说明" }</summary>
            <p class="help-text">{ item.help.clone() }</p>
            if !params.is_empty() {
                <p class="help-label">{ "判断用到的参数" }</p>
                <ul class="help-params">{ for params.into_iter().map(|p| html! { <li>{ p }</li> }) }</ul>
            }
            <p class="help-label">{ "依据" }</p>
            <BasisTags pack={props.pack} basis={Static(item.basis.as_slice())} />
            <p class="remedy"><span class="help-label">{ "整改提示:" }</span>{ item.remedy.clone() }</p>
            if !prohibitions.is_empty() {
                <p class="help-label">{ "对应的禁止情形" }</p>
                <ul class="prohibitions">{ for prohibitions.into_iter().map(|t| html! { <li>{ t }</li> }) }</ul>
            }
        </details>
    }
}
