//! The start page as markup only, shared by the full app ([`super::StartPage`]) and the
//! first-screen shell (`crate::shell`), so both draw the same page and the handover is seamless.
//! Every button carries a `data-action` key: what the shell records and the full app replays.

use yew::prelude::*;

use crate::route::{href, Route};

/// `data-action` key of 新建自查.
pub const NEW_ACTION: &str = "new";
/// `data-action` key of 试用示例单位.
pub const SAMPLE_ACTION: &str = "sample";

/// Props of [`StartView`].
#[derive(Properties, PartialEq)]
pub struct StartViewProps {
    /// "问卷:… 版,共 N 题".
    pub pack_line: AttrValue,
    /// The large-text button.
    pub text_size: Html,
    /// The export-all button.
    pub export_all: Html,
    /// A one-off notice (e.g. why a draft could not be opened).
    #[prop_or_default]
    pub notice: Option<AttrValue>,
    /// 知道了 pressed on the notice: it is cleared.
    #[prop_or_default]
    pub on_dismiss: Callback<MouseEvent>,
    /// 新建自查 pressed.
    pub on_new: Callback<MouseEvent>,
    /// 试用示例单位 pressed.
    pub on_sample: Callback<MouseEvent>,
    /// The saved drafts.
    pub drafts: Html,
}

/// The start page: what the tool is, the privacy promise, and the ways in.
#[component]
pub fn StartView(props: &StartViewProps) -> Html {
    html! {
        <>
            <header class="hero">
                <div class="hero-tools">{ props.text_size.clone() }</div>
                <h1>{ "指尖自查" }</h1>
                <p class="subtitle">{ "防治“指尖上的形式主义”自查工具" }</p>
                <p class="purpose">
                    { "对照《关于防治“指尖上的形式主义”的若干意见》和《政务移动互联网应用程序规范化管理办法》,\
                       逐项检查本单位的政务应用程序、政务公众账号和工作群组。适用于备案前自查和定期自查自评,\
                       最后生成可打印、可签章的自查报告和整改台账。" }
                </p>
                <p class="pack-line">{ props.pack_line.clone() }{ " " }<a href="#/changes">{ "问卷更新说明" }</a></p>
            </header>
            <section class="privacy" aria-labelledby="privacy-title">
                <h2 id="privacy-title">{ "数据只保存在本浏览器" }</h2>
                <p>
                    { "您填写的所有内容只保存在当前这台电脑的浏览器中,不会上传到任何服务器;本工具运行时不连接互联网。\
                       更换电脑或清理浏览器数据前,请先导出备份文件。" }
                </p>
                <p class="privacy-actions">{ props.export_all.clone() }</p>
            </section>
            if let Some(notice) = props.notice.clone() {
                <p class="notice" role="alert">
                    { notice }{ " " }
                    <button type="button" onclick={props.on_dismiss.clone()}>{ "知道了" }</button>
                </p>
            }
            <section class="entry-points" aria-labelledby="start-title">
                <h2 id="start-title">{ "开始使用" }</h2>
                <div class="actions">
                    <button type="button" class="primary" data-action={NEW_ACTION} onclick={props.on_new.clone()}>{ "新建自查" }</button>
                    <button type="button" data-action={SAMPLE_ACTION} onclick={props.on_sample.clone()}>{ "试用示例单位" }</button>
                    <a class="button-link" href={href(&Route::Open)}>{ "打开文件" }</a>
                    <a class="button-link" href={href(&Route::Training)}>{ "培训学习" }</a>
                    <a class="button-link" href={href(&Route::ComparePick)}>{ "对比两次自查" }</a>
                    <a class="button-link" href={href(&Route::Rollup)}>{ "汇总多个单位" }</a>
                    <a class="button-link" href={href(&Route::Overlays)}>{ "地方标准" }</a>
                </div>
                <p class="hint">{ "“试用示例单位”打开一个虚构单位的培训练习草稿,列在“培训学习”的培训练习草稿中,打印件带“培训练习”标记,不会混入本单位的自查。" }</p>
            </section>
            { props.drafts.clone() }
        </>
    }
}
