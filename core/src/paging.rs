//! Long lists drawn a page at a time (issue #20): which slice of a list one page shows, the page
//! a row is on, and the sentence that says where the reader is. A list that fits on one page has
//! no pages to show.

/// Rows per page on the 自查 page and in each 清单 table: a screenful or two, small enough that
/// one change redraws in a frame with hundreds of assets.
pub const PAGE_ROWS: usize = 50;

/// The slice of a list of `total` rows that one page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// Page index, from 0, clamped to the last page.
    pub page: usize,
    /// How many pages (1 for an empty list).
    pub pages: usize,
    /// First row shown (index into the list).
    pub start: usize,
    /// One past the last row shown.
    pub end: usize,
    /// All rows.
    pub total: usize,
}

impl Window {
    /// Page `page` (clamped: `usize::MAX` is the last page) of a list of `total` rows, `size` per page.
    pub fn new(total: usize, page: usize, size: usize) -> Self {
        let size = size.max(1);
        let pages = total.div_ceil(size).max(1);
        let page = page.min(pages - 1);
        let start = page * size;
        Window {
            page,
            pages,
            start,
            end: (start + size).min(total),
            total,
        }
    }

    /// How many rows the page shows.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the page shows no rows (the list is empty).
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether the list needs pages at all.
    pub fn paged(&self) -> bool {
        self.pages > 1
    }

    /// Where the reader is, e.g. "第 2/41 页,第 51–100 行,共 2003 行".
    pub fn position(&self) -> String {
        if self.total == 0 {
            return "共 0 行".to_string();
        }
        format!(
            "第 {}/{} 页,第 {}–{} 行,共 {} 行",
            self.page + 1,
            self.pages,
            self.start + 1,
            self.end,
            self.total
        )
    }
}

/// The page (from 0) the row at `index` is on, `size` rows per page.
pub fn page_of(index: usize, size: usize) -> usize {
    index / size.max(1)
}

/// The slices of a list drawn `size` rows a turn, for its first `n` rows when the list starts at
/// row `start` of a longer one drawn the same way (the report's appendix, part after part): cut
/// wherever the longer list's slices are cut, so a slice once complete keeps its bounds as more
/// is drawn.
pub fn slices(start: usize, n: usize, size: usize) -> Vec<std::ops::Range<usize>> {
    let size = size.max(1);
    let cut = (size - start % size) % size;
    let starts: Vec<usize> = std::iter::once(0)
        .chain((cut..n).step_by(size).filter(|&b| b > 0))
        .collect();
    starts
        .iter()
        .enumerate()
        .map(|(i, &from)| from..starts.get(i + 1).copied().unwrap_or(n))
        .filter(|r| !r.is_empty())
        .collect()
}

/// How many rows of each list, in page order, a page draws in its first task when `budget` rows
/// fit in it: the lists from the top take what they need until the budget is spent, the rest
/// draw theirs a turn later (the 清单's second and third tables, below the first screen).
pub fn first_drawn<const N: usize>(rows: [usize; N], budget: usize) -> [usize; N] {
    let mut left = budget;
    rows.map(|n| {
        let now = n.min(left);
        left -= now;
        now
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cover_every_row_once_and_clamp() {
        let w = Window::new(2003, 0, 50);
        assert_eq!((w.pages, w.start, w.end), (41, 0, 50));
        let last = Window::new(2003, usize::MAX, 50);
        assert_eq!((last.page, last.start, last.end), (40, 2000, 2003));
        assert_eq!(last.position(), "第 41/41 页,第 2001–2003 行,共 2003 行");
        let covered: usize = (0..w.pages)
            .map(|p| {
                let x = Window::new(2003, p, 50);
                x.end - x.start
            })
            .sum();
        assert_eq!(covered, 2003);
        assert_eq!(page_of(1999, 50), 39);
        assert_eq!(page_of(2000, 50), 40);
    }

    #[test]
    fn a_short_or_empty_list_has_one_page() {
        let w = Window::new(50, 3, 50);
        assert_eq!((w.page, w.pages, w.start, w.end), (0, 1, 0, 50));
        assert!(!w.paged());
        let empty = Window::new(0, 0, 50);
        assert_eq!((empty.pages, empty.start, empty.end), (1, 0, 0));
        assert_eq!(empty.position(), "共 0 行");
        assert!(Window::new(51, 0, 50).paged());
    }

    #[test]
    fn slices_are_cut_where_the_whole_lists_slices_are_cut() {
        assert_eq!(slices(0, 250, 100), [0..100, 100..200, 200..250]);
        // A part starting at row 4 of the whole list: its first slice ends at row 100 overall.
        assert_eq!(slices(4, 300, 100), [0..96, 96..196, 196..296, 296..300]);
        assert_eq!(
            slices(4, 50, 100),
            vec![std::ops::Range { start: 0, end: 50 }]
        );
        assert_eq!(
            slices(200, 100, 100),
            vec![std::ops::Range { start: 0, end: 100 }]
        );
        assert!(slices(7, 0, 100).is_empty());
    }

    #[test]
    fn the_first_task_draws_lists_from_the_top_within_the_budget() {
        assert_eq!(first_drawn([50, 0, 50], 50), [50, 0, 0]);
        assert_eq!(first_drawn([0, 30, 50], 50), [0, 30, 20]);
        assert_eq!(first_drawn([3, 4, 5], 50), [3, 4, 5]);
        assert_eq!(first_drawn([7, 8], usize::MAX), [7, 8]);
        assert_eq!(first_drawn([], 50), [0; 0]);
    }
}
