//! Moving keyboard focus to an element by id (after navigation), and the large-text class on <html>.

use wasm_bindgen::JsCast;

/// Focuses and scrolls to the element with `id`, if present; returns whether it was found.
pub fn focus_id(id: &str) -> bool {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return false;
    };
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    if let Ok(html) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = html.focus();
    }
    true
}

/// Sets or clears the `large-text` class on the root element (projector mode).
pub fn set_large_text(on: bool) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let list = root.class_list();
        let _ = if on {
            list.add_1("large-text")
        } else {
            list.remove_1("large-text")
        };
    }
}
