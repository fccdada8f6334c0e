//! Reference architecture diagram: the file, its check, a preview (PNG/JPEG in the terminal,
//! facts for a PDF), and what the diagram should show. Only a file that passed the document
//! check (a regular file, of its type) is read, in a limited worker process: a FIFO, a huge
//! picture or a decompression bomb cannot stall the wizard or take its memory.

use std::cell::RefCell;
use std::path::Path;
use std::time::Duration;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, StatefulWidget, Widget, Wrap};
use ratatui_image::StatefulImage;
use ratatui_image::picker::Picker;
use ratatui_image::protocol::StatefulProtocol;

use crate::fields::FieldId;
use crate::inspect::{self, Thumbnail};
use crate::model::DocSlot;
use crate::present::{human_bytes, sanitize};
use crate::session::DraftSession;
use crate::tui::action::Action;
use crate::tui::component::{Component, Cx, Reply, StepScreen};
use crate::tui::derived::Derived;
use crate::tui::keymap::Context;
use crate::tui::shown::Shown;
use crate::tui::task::{Poll, Task};

use super::form::{FieldList, FormScreen};

/// The decoded preview of the current diagram file, rebuilt only when the path changes. The
/// picture is decoded at arm's length (a limited worker process), never on the UI thread.
#[derive(Default)]
pub struct Preview {
    path: String,
    /// What to show when there is no picture: PDF facts, or why it cannot be shown.
    pub info: String,
    image: RefCell<Option<StatefulProtocol>>,
    decoding: Option<Task<Result<Thumbnail, String>>>,
}

impl Preview {
    /// Loads the preview of `shown` (as stored) read from `real`, when the document check
    /// passed (`ok`).
    pub fn load(&mut self, shown: &str, real: &Path, ok: bool) {
        let key = format!("{shown}\u{0}{ok}");
        if key == self.path {
            return;
        }
        self.path = key;
        self.image = RefCell::new(None);
        self.info = String::new();
        self.decoding = None;
        if shown.is_empty() {
            return;
        }
        if !ok {
            self.info = crate::t!("wiz-preview-failed-check");
            return;
        }
        let size = std::fs::metadata(real).map(|m| m.len()).unwrap_or(0);
        let lower = shown.to_ascii_lowercase();
        if lower.ends_with(".pdf") {
            self.info = crate::t!("wiz-preview-pdf", size = human_bytes(size));
            return;
        }
        if !(lower.ends_with(".png") || lower.ends_with(".jpg") || lower.ends_with(".jpeg")) {
            self.info = crate::t!("wiz-preview-no-type");
            return;
        }
        self.info = crate::t!("wiz-preview-decoding");
        let real = real.to_path_buf();
        self.decoding = Some(Task::spawn(
            "preview",
            || Err(crate::t!("wiz-preview-reader-stopped")),
            move |_| inspect::thumbnail_bounded(&real),
        ));
    }

    /// Takes the decoded picture when it arrived; true when the preview changed.
    pub fn tick(&mut self) -> bool {
        self.take(Duration::ZERO)
    }

    /// Waits up to `limit` for the picture being decoded; true when the preview changed.
    pub fn wait(&mut self, limit: Duration) -> bool {
        self.take(limit)
    }

    fn take(&mut self, limit: Duration) -> bool {
        let Some(task) = self.decoding.as_mut() else {
            return false;
        };
        let Poll::Done(got) = task.wait(limit) else {
            return false;
        };
        self.decoding = None;
        match got.map(|t| (t.original, t.into_image())) {
            Ok(((w, h), Some(img))) => {
                self.info = crate::t!("wiz-preview-pixels", size = format!("{w}×{h}"));
                *self.image.borrow_mut() = Some(picker().new_resize_protocol(img));
            }
            Ok((_, None)) => self.info = crate::t!("wiz-preview-cannot-show"),
            Err(e) => self.info = crate::t!("wiz-preview-cannot-show-why", error = sanitize(&e)),
        }
        true
    }

    /// Whether a picture is being decoded.
    pub fn busy(&self) -> bool {
        self.decoding.is_some()
    }
}

/// The diagram step: its field (a form) and the preview of the file it names.
#[derive(Default)]
pub struct DiagramScreen {
    pub form: FormScreen,
    pub preview: Preview,
}

impl Component for DiagramScreen {
    fn contexts(&self) -> Vec<Context> {
        self.form.contexts()
    }

    fn handle(&mut self, action: Action, cx: &mut Cx) -> Reply {
        self.form.handle(action, cx)
    }

    fn render(&self, ui: &Shown, f: &mut Frame, area: Rect) {
        let (preview, scroll) = (&self.preview, &self.form.scroll);
        f.render_widget(
            DiagramView {
                ui,
                preview,
                scroll,
            },
            area,
        );
    }
}

impl StepScreen for DiagramScreen {
    fn form_focus(&self) -> Option<usize> {
        self.form.form_focus()
    }

    fn show_field(&mut self, i: usize) {
        self.form.show_field(i);
    }

    fn leave(&mut self) {
        self.form.leave();
    }

    /// Decodes the diagram again when its path or its check changed.
    fn changed(&mut self, session: &DraftSession, derived: &Derived) {
        let field = FieldId::Doc(DocSlot::ReferenceArchitectureDiagram);
        let shown = field.get(session.sub());
        let real = session.probe().resolve(&shown);
        let ok = matches!(derived.docs.get(&field), Some(Ok(_)));
        self.preview.load(&shown, &real, ok);
    }

    fn tick(&mut self, _session: &DraftSession) -> bool {
        self.preview.tick()
    }

    fn busy(&self) -> bool {
        self.preview.busy()
    }

    fn wait(&mut self, limit: Duration) {
        self.preview.wait(limit);
    }
}

/// Halfblocks work in every terminal; COSELL_IMAGES=query asks the terminal for a better
/// protocol (kitty, sixel, iTerm2), which can wait up to 2 s on terminals that do not answer.
fn picker() -> Picker {
    if std::env::var("COSELL_IMAGES").is_ok_and(|v| v == "query")
        && let Ok(p) = Picker::from_query_stdio()
    {
        return p;
    }
    Picker::halfblocks()
}

pub struct DiagramView<'a> {
    pub ui: &'a Shown<'a>,
    pub preview: &'a Preview,
    /// The first field shown.
    pub scroll: &'a super::Scroll,
}

impl Widget for DiagramView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ui = self.ui;
        let t = &ui.theme;
        let guide_h = if area.height >= 18 { 4 } else { 0 };
        let [form_area, guide_area, preview_area] = Layout::vertical([
            Constraint::Length(5),
            Constraint::Length(guide_h),
            Constraint::Fill(1),
        ])
        .areas(area);
        let fields = ui.step_fields();
        FieldList {
            ui,
            fields,
            focus: ui.form_focus,
            detail_rows: 4,
            scroll: self.scroll,
        }
        .render(form_area, buf);
        Paragraph::new(crate::t!("wiz-diagram-guidance"))
            .style(t.dim)
            .wrap(Wrap { trim: true })
            .render(guide_area, buf);
        let p = self.preview;
        let block = Block::default()
            .borders(Borders::TOP)
            .border_style(t.border)
            .title(format!(
                " {} ",
                crate::t!("wiz-preview-title", info = p.info.as_str())
            ));
        let inner = block.inner(preview_area);
        block.render(preview_area, buf);
        let mut image = p.image.borrow_mut();
        match image.as_mut() {
            Some(state) if inner.height > 0 => {
                StatefulImage::<StatefulProtocol>::default().render(inner, buf, state)
            }
            _ => {
                let empty = p.path.is_empty() || p.path.starts_with('\u{0}');
                let text = if empty {
                    crate::t!("wiz-no-diagram")
                } else {
                    String::new()
                };
                Paragraph::new(Line::styled(text, t.dim)).render(inner, buf);
            }
        }
    }
}
