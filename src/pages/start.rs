//! The start page: what the tool is, the privacy promise, and the ways in.

use fingertip_core::pack;
use yew::prelude::*;

/// The start page.
#[component]
pub fn StartPage() -> Html {
    let pack_line = match pack::embedded() {
        Some(p) => format!("问卷:{} {} 版,共 {} 题", p.title, p.version, p.items.len()),
        None => "问卷数据无法读取,请联系技术人员重新部署。".to_string(),
    };
    html! {
        <>
            <header class="hero">
                <h1>{ "指尖自查" }</h1>
                <p class="subtitle">{ "防治“指尖上的形式主义”自查工具" }</p>
                <p class="purpose">
                    { "对照《关于防治“指尖上的形式主义”的若干意见》和《政务移动互联网应用程序规范化管理办法》,\
                       逐项检查本单位的政务应用程序、政务公众账号和工作群组。适用于备案前自查和定期自查自评,\
                       最后生成可打印、可签章的自查报告和整改台账。" }
                </p>
                <p class="pack-line">{ pack_line }</p>
            </header>
            <section class="privacy" aria-labelledby="privacy-title">
                <h2 id="privacy-title">{ "数据只保存在本浏览器" }</h2>
                <p>
                    { "您填写的所有内容只保存在当前这台电脑的浏览器中,不会上传到任何服务器;本工具运行时不连接互联网。\
                       更换电脑或清理浏览器数据前,请先导出备份文件。" }
                </p>
            </section>
            <nav class="entry-points" aria-label="开始使用">
                <h2>{ "开始使用" }</h2>
                <ul class="cards">
                    <li><h3>{ "新建自查" }</h3><p>{ "填写单位信息和清单,逐项自查。" }</p></li>
                    <li><h3>{ "继续自查" }</h3><p>{ "打开保存在本浏览器中的草稿。" }</p></li>
                    <li><h3>{ "打开文件" }</h3><p>{ "导入之前导出的自查文件。" }</p></li>
                    <li><h3>{ "培训学习" }</h3><p>{ "学习条文,练习案例。" }</p></li>
                </ul>
            </nav>
        </>
    }
}
