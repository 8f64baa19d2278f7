//! The browser app. For now a placeholder page that states the policy and the privacy promise;
//! the questionnaire comes with the UI issue.

use yew::prelude::*;

use crate::policy::{Lang, POLICY};

#[function_component(App)]
fn app() -> Html {
    let lang = Lang::Zh;
    html! {
        <main class="page" lang={lang.tag()}>
            <h1>{ "西城区数据产业奖励自评" }</h1>
            <p>{ POLICY.title.get(lang) }{ "（" }{ POLICY.document_number }{ "）" }</p>
            <p>{ "您的答案不会离开本设备。" }</p>
        </main>
    }
}

/// Mounts the app into the page's `<body>`.
pub fn mount() {
    yew::Renderer::<App>::new().render();
}
