//! One module per screen. Each owns its state and draws itself; the steps without a screen of
//! their own (Offer, Listing, Documents, Revenue) are the field form with their extras.
//! [`Pages`] names the screen of each step: a new step's screen is a module, a field there and
//! an arm in `Pages::of`.

pub mod contacts;
pub mod diagram;
pub mod form;
pub mod review;
pub mod start;

use std::path::Path;

use ratatui::layout::{Constraint, Flex, Layout, Rect};

use crate::fields::Step;
use crate::tui::component::StepScreen;

/// The screens of an open draft's steps, dropped with the draft.
#[derive(Default)]
pub struct Pages {
    /// The focused field of a form step (shared by the steps that are their fields).
    pub form: form::FormScreen,
    /// The Contacts step: its table, search, coverage and map.
    pub contacts: contacts::ContactsScreen,
    /// The architecture diagram's field and preview, decoded in the background.
    pub diagram: diagram::DiagramScreen,
    /// The Review step's summary or JSON, and its scroll.
    pub review: review::ReviewScreen,
}

impl Pages {
    /// The screen of `step`; the steps that are only their fields share the form.
    pub fn of(&self, step: Step) -> &dyn StepScreen {
        match step {
            Step::Contacts => &self.contacts,
            Step::Diagram => &self.diagram,
            Step::Review => &self.review,
            _ => &self.form,
        }
    }

    pub fn of_mut(&mut self, step: Step) -> &mut dyn StepScreen {
        match step {
            Step::Contacts => &mut self.contacts,
            Step::Diagram => &mut self.diagram,
            Step::Review => &mut self.review,
            _ => &mut self.form,
        }
    }

    /// Every step's screen (each hears of changes and ticks, shown or not).
    pub fn all_mut(&mut self) -> [&mut dyn StepScreen; 4] {
        [
            &mut self.form,
            &mut self.contacts,
            &mut self.diagram,
            &mut self.review,
        ]
    }
}

/// Where a focus at `i` in a list of `len` moves by `delta`: one step wraps around the ends, a
/// page stops at them.
pub fn step_by(i: usize, len: usize, delta: isize) -> usize {
    if len == 0 {
        return 0;
    }
    if delta.abs() > 1 {
        return (i as isize + delta).clamp(0, len as isize - 1) as usize;
    }
    (i as isize + delta).rem_euclid(len as isize) as usize
}

/// The first row a scrolled list shows, kept from frame to frame: the list scrolls only when
/// its focus leaves the rows shown, so a click never moves the rows under the pointer (a second
/// click lands on the row the first one chose).
#[derive(Debug, Default, Clone)]
pub struct Scroll(std::cell::Cell<usize>);

impl Scroll {
    /// The rows of a list of `len` that a view of `height` lines shows, with row `focus` among
    /// them; the view moves as little as it must.
    pub fn rows(&self, focus: usize, len: usize, height: usize) -> std::ops::Range<usize> {
        if height == 0 {
            let at = focus.min(len);
            return at..at;
        }
        let mut first = self.0.get();
        if focus < first {
            first = focus;
        } else if focus >= first + height {
            first = focus + 1 - height;
        }
        // No empty lines below the last row when the list got shorter or the view taller.
        first = first.min(len.saturating_sub(height));
        self.0.set(first);
        first..len.min(first + height)
    }

    /// Shows the list from its top again.
    pub fn reset(&self) {
        self.0.set(0);
    }
}

/// Truncates to `width` characters, ending with `…` when cut.
pub fn fit(s: &str, width: usize) -> String {
    if width == 0 {
        return String::new();
    }
    if s.chars().count() <= width {
        return s.to_string();
    }
    let mut out: String = s.chars().take(width - 1).collect();
    out.push('…');
    out
}

/// Like [`fit`], but words and labels are cut between words when a space is near enough
/// (`Software as a …`, not `Software as a ser…`: the space says no word was cut); one long
/// word is cut as [`fit`] cuts it.
pub fn fit_words(s: &str, width: usize) -> String {
    if width == 0 || s.chars().count() <= width {
        return fit(s, width);
    }
    let chars: Vec<char> = s.chars().collect();
    // The words before a space at `i` and " …" take `i + 2` columns at most.
    let keep = width.saturating_sub(2);
    match (1..=keep).rev().find(|&i| chars[i] == ' ') {
        Some(i) if i >= width / 2 => {
            let head: String = chars[..i].iter().collect();
            let mut out = head
                .trim_end_matches([' ', ',', ';', ':', '·', '(', '-', '—'])
                .to_string();
            out.push_str(" …");
            out
        }
        _ => fit(s, width),
    }
}

/// Truncates from the left (for paths: the file name is the interesting end).
pub fn fit_left(s: &str, width: usize) -> String {
    let n = s.chars().count();
    if n <= width || width == 0 {
        return fit(s, width);
    }
    let tail: String = s.chars().skip(n - (width - 1)).collect();
    format!("…{tail}")
}

/// A rectangle of at most `w`×`h` centred in `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let [v] = Layout::vertical([Constraint::Length(h.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [c] = Layout::horizontal([Constraint::Length(w.min(area.width))])
        .flex(Flex::Center)
        .areas(v);
    c
}

/// Completes a typed path against the file system: returns the completed text and the matches.
pub fn complete_path(text: &str) -> (String, Vec<String>) {
    let home = std::env::var("HOME").unwrap_or_default();
    let expanded = match text.strip_prefix("~/") {
        Some(rest) if !home.is_empty() => format!("{home}/{rest}"),
        _ => text.to_string(),
    };
    let (dir, prefix) = match expanded.rfind('/') {
        Some(i) => (&expanded[..=i], &expanded[i + 1..]),
        None => ("", expanded.as_str()),
    };
    let read_from = if dir.is_empty() { "." } else { dir };
    let Ok(entries) = std::fs::read_dir(read_from) else {
        return (text.to_string(), Vec::new());
    };
    let mut matches: Vec<(String, bool)> = entries
        .filter_map(Result::ok)
        .take(5_000)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (name.starts_with(prefix) && (!name.starts_with('.') || prefix.starts_with('.')))
                .then(|| (name, e.path().is_dir()))
        })
        .collect();
    matches.sort();
    let names: Vec<String> = matches
        .iter()
        .map(|(n, d)| if *d { format!("{n}/") } else { n.clone() })
        .collect();
    let completed = match matches.as_slice() {
        [] => return (text.to_string(), names),
        [(name, is_dir)] => format!("{dir}{name}{}", if *is_dir { "/" } else { "" }),
        many => {
            let first = &many[0].0;
            let common = many.iter().fold(first.len(), |n, (m, _)| {
                first
                    .chars()
                    .zip(m.chars())
                    .take_while(|(a, b)| a == b)
                    .count()
                    .min(n)
            });
            format!("{dir}{}", first.chars().take(common).collect::<String>())
        }
    };
    (completed, names)
}

/// The file name of a path, for compact display.
pub fn file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string())
}

#[cfg(test)]
mod tests {
    use super::{Scroll, fit_words, step_by};

    #[test]
    fn step_by_wraps_one_step_and_stops_a_page_at_the_ends() {
        // (focus, len, delta) → focus
        let cases = [
            (0, 0, 1, 0),
            (0, 3, 1, 1),
            (2, 3, 1, 0),
            (0, 3, -1, 2),
            (1, 3, 10, 2),
            (1, 3, -10, 0),
            (0, 1, 1, 0),
        ];
        for (i, len, delta, want) in cases {
            assert_eq!(step_by(i, len, delta), want, "{i} in {len} by {delta}");
        }
    }

    #[test]
    fn fit_words_cuts_between_words_and_never_overflows() {
        assert_eq!(
            fit_words("Software as a service", 21),
            "Software as a service"
        );
        assert_eq!(fit_words("Software as a service", 18), "Software as a …");
        assert_eq!(fit_words("one two", 6), "one …");
        assert_eq!(fit_words("Supercalifragilistic", 8), "Superca…");
        for w in 0..30 {
            let s = "! AI (Anguilla) is an ISO code that Partner Center does not list";
            assert!(fit_words(s, w).chars().count() <= w, "{w}");
        }
    }

    #[test]
    fn a_scrolled_list_keeps_its_rows_until_the_focus_leaves_them() {
        // (focus, len, height) → rows shown, each frame after the one before
        let frames = [
            (0, 0, 5, 0..0),
            (0, 3, 5, 0..3),
            (4, 10, 5, 0..5),
            (5, 10, 5, 1..6),
            (9, 10, 5, 5..10),
            (6, 10, 5, 5..10), // back inside the rows shown: nothing moves (a click there)
            (5, 10, 5, 5..10),
            (4, 10, 5, 4..9),   // above them: the view follows by one row
            (4, 6, 5, 1..6),    // the list got shorter: no empty lines below its end
            (12, 10, 5, 5..10), // a stale focus past the end shows the last rows
            (3, 10, 0, 3..3),   // no room
            (3, 10, 1, 3..4),
        ];
        let scroll = Scroll::default();
        for (focus, len, height, want) in frames {
            assert_eq!(
                scroll.rows(focus, len, height),
                want,
                "focus {focus}, len {len}, height {height}"
            );
        }
    }
}
