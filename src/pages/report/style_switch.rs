//! The report's style switch (screen only): 正式报告 (the 公文 a unit sends out), 自查底稿 (the
//! complete working record) or the 备案申请表 of each hosted app; one report model behind all three.

use yew::prelude::*;

/// Which document the report page shows and prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportStyle {
    /// 正式报告
    Official,
    /// 自查底稿
    Workpaper,
    /// 备案申请表
    Filing,
}

impl ReportStyle {
    /// Every style, in button order.
    pub const ALL: [ReportStyle; 3] = [Self::Official, Self::Workpaper, Self::Filing];

    /// The button label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Official => "正式报告",
            Self::Workpaper => "自查底稿",
            Self::Filing => "备案申请表",
        }
    }
}

/// Props of [`StyleSwitch`].
#[derive(Properties, PartialEq)]
pub struct StyleSwitchProps {
    /// The style shown.
    pub style: ReportStyle,
    /// Called with the style chosen.
    pub on_change: Callback<ReportStyle>,
}

/// Three toggle buttons; the pressed one is the style shown.
#[component]
pub fn StyleSwitch(props: &StyleSwitchProps) -> Html {
    html! {
        <div class="style-switch no-print" role="group" aria-label="报告样式">
            { for ReportStyle::ALL.iter().map(|s| {
                let on_change = props.on_change.clone();
                let s = *s;
                let pressed = s == props.style;
                html! {
                    <button type="button" class={classes!(pressed.then_some("pressed"))}
                        aria-pressed={pressed.to_string()}
                        onclick={Callback::from(move |_: MouseEvent| on_change.emit(s))}>
                        { s.label() }
                    </button>
                }
            }) }
        </div>
    }
}
