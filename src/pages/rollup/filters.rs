//! The filters: level, type, part, red-line item, and the stale threshold. Each change is sent
//! as one intent; the page applies it to its filter.

use fingertip_core::model::{UnitLevel, UnitType};
use fingertip_core::rollup::Filter;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// One filter change.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FilterChange {
    /// Level, or any.
    Level(Option<UnitLevel>),
    /// Type, or any.
    Type(Option<UnitType>),
    /// Part index, or all.
    Part(Option<usize>),
    /// Red-line item index, or any.
    RedItem(Option<u16>),
    /// Stale threshold in days.
    StaleDays(i64),
}

/// Props of [`RollupFilters`].
#[derive(Properties, PartialEq)]
pub struct RollupFiltersProps {
    /// The filter in force.
    pub filter: Filter,
    /// The stale threshold in force.
    pub stale_days: i64,
    /// Parts as (index, label).
    pub parts: Vec<(usize, AttrValue)>,
    /// Items red somewhere, as (index, label).
    pub red_items: Vec<(u16, AttrValue)>,
    /// A filter changed.
    pub on_change: Callback<FilterChange>,
}

fn select(
    id: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
    current: String,
    on: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let s: HtmlSelectElement = e.target_unchecked_into();
        on.emit(s.value());
    });
    html! {
        <label for={id}>{ label }
            <select {id} {onchange}>
                <option value="" selected={current.is_empty()}>{ "全部" }</option>
                { for options.into_iter().map(|(v, l)| html! {
                    <option selected={v == current} value={v.clone()}>{ l }</option>
                }) }
            </select>
        </label>
    }
}

/// The filter bar.
#[component]
pub fn RollupFilters(props: &RollupFiltersProps) -> Html {
    let f = props.filter;
    let emit = |map: fn(&str) -> FilterChange| {
        let on = props.on_change.clone();
        Callback::from(move |v: String| on.emit(map(&v)))
    };
    let level = UnitLevel::ALL
        .iter()
        .enumerate()
        .map(|(i, l)| (i.to_string(), l.label().to_string()))
        .collect();
    let types = UnitType::ALL
        .iter()
        .enumerate()
        .map(|(i, t)| (i.to_string(), t.label().to_string()))
        .collect();
    let parts = props
        .parts
        .iter()
        .map(|(i, l)| (i.to_string(), l.to_string()))
        .collect();
    let items = props
        .red_items
        .iter()
        .map(|(i, l)| (i.to_string(), l.to_string()))
        .collect();
    let pos = |o: Option<usize>| o.map(|i| i.to_string()).unwrap_or_default();
    let stale = {
        let on = props.on_change.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(days) = input.value().trim().parse::<i64>() {
                on.emit(FilterChange::StaleDays(days.max(0)));
            }
        })
    };
    html! {
        <fieldset class="rollup-filters no-print">
            <legend>{ "筛选" }</legend>
            { select("f-level", "层级", level,
                pos(f.level.and_then(|l| UnitLevel::ALL.iter().position(|x| *x == l))),
                emit(|v| FilterChange::Level(v.parse::<usize>().ok().and_then(|i| UnitLevel::ALL.get(i).copied())))) }
            { select("f-type", "类型", types,
                pos(f.unit_type.and_then(|t| UnitType::ALL.iter().position(|x| *x == t))),
                emit(|v| FilterChange::Type(v.parse::<usize>().ok().and_then(|i| UnitType::ALL.get(i).copied())))) }
            { select("f-part", "部分", parts, pos(f.part),
                emit(|v| FilterChange::Part(v.parse().ok()))) }
            { select("f-red", "红线题目", items, f.red_item.map(|i| i.to_string()).unwrap_or_default(),
                emit(|v| FilterChange::RedItem(v.parse().ok()))) }
            <label for="f-stale">{ "超过多少天算长期未更新" }
                <input id="f-stale" type="number" min="0" value={props.stale_days.to_string()} onchange={stale} />
            </label>
        </fieldset>
    }
}

/// `filter` with `change` applied (the stale threshold is not part of the filter).
pub fn apply(filter: Filter, change: FilterChange) -> Filter {
    match change {
        FilterChange::Level(level) => Filter { level, ..filter },
        FilterChange::Type(unit_type) => Filter {
            unit_type,
            ..filter
        },
        FilterChange::Part(part) => Filter { part, ..filter },
        FilterChange::RedItem(red_item) => Filter { red_item, ..filter },
        FilterChange::StaleDays(_) => filter,
    }
}
