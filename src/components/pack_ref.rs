//! A `&'static Pack` as a cheap prop: equal when it is the same pack (pointer equality), so passing
//! it never makes a row re-render, unlike a deep comparison of the whole questionnaire.

use std::ops::Deref;

use fingertip_core::pack::Pack;

/// The pack, compared by address.
#[derive(Clone, Copy, Debug)]
pub struct PackRef(pub &'static Pack);

impl PartialEq for PackRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Deref for PackRef {
    type Target = Pack;
    fn deref(&self) -> &Pack {
        self.0
    }
}
