//! `Static<T>`: a `&'static` value (pack, item, case, guide) as a cheap prop compared by address.

/// A `&'static` value (the embedded pack or training content) as a cheap prop: equal when it is
/// the same value in memory, so passing a case or guide never deep-compares it.
#[derive(Debug)]
pub struct Static<T: ?Sized + 'static>(pub &'static T);

impl<T: ?Sized> Clone for Static<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Copy for Static<T> {}

impl<T: ?Sized> PartialEq for Static<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl<T: ?Sized> std::ops::Deref for Static<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.0
    }
}
