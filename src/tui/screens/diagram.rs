//! Reference architecture diagram: the file, its check, a preview (PNG/JPEG in the terminal,
//! metadata for a PDF), and what the diagram should show.

use std::cell::RefCell;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui_image::StatefulImage;
use ratatui_image::picker::Picker;
use ratatui_image::protocol::StatefulProtocol;

use crate::tui::app::App;
use crate::tui::widgets::form;

const GUIDANCE: &str = "Show the infrastructure the offer relies on: the cloud services that host or \
talk to it, data services, security and identity, user interfaces, hybrid connections. It shows \
which Microsoft services are used, not how good the architecture is. Any drawing tool; upload a \
PDF or an image.";

/// The decoded preview of the current diagram file, rebuilt only when the path changes.
#[derive(Default)]
pub struct Preview {
    path: String,
    /// What to show when there is no picture: PDF facts, or why it cannot be shown.
    info: String,
    image: RefCell<Option<StatefulProtocol>>,
}

impl Preview {
    pub fn load(&mut self, path: &str) {
        if path == self.path {
            return;
        }
        self.path = path.to_string();
        self.image = RefCell::new(None);
        self.info = String::new();
        if path.is_empty() {
            return;
        }
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".pdf") {
            self.info = pdf_info(path);
            return;
        }
        if !(lower.ends_with(".png") || lower.ends_with(".jpg") || lower.ends_with(".jpeg")) {
            self.info = "No preview for this file type.".into();
            return;
        }
        match image::open(path) {
            Ok(img) => {
                let (w, h) = (img.width(), img.height());
                // Halfblocks need few pixels; shrinking first keeps redraws cheap.
                let img = img.thumbnail(320, 320);
                self.info = format!("{w}×{h} pixels");
                *self.image.borrow_mut() = Some(picker().new_resize_protocol(img));
            }
            Err(e) => self.info = format!("Cannot show the picture: {e}"),
        }
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

fn pdf_info(path: &str) -> String {
    let mut head = [0u8; 16];
    let version = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut head))
        .ok()
        .and_then(|n| std::str::from_utf8(&head[..n]).ok().map(|s| s.to_string()))
        .and_then(|s| {
            s.strip_prefix("%PDF-")
                .map(|v| v.chars().take(3).collect::<String>())
        });
    let size = std::fs::metadata(path)
        .map(|m| crate::rules::human_bytes(m.len()))
        .unwrap_or_default();
    match version {
        Some(v) => format!("PDF {v}, {size}. PDF pages are not drawn here; open it to check."),
        None => format!("PDF, {size}"),
    }
}

pub fn render(app: &App, f: &mut Frame, area: Rect) {
    let t = &app.theme;
    let [form_area, guide_area, preview_area] = Layout::vertical([
        Constraint::Length(5),
        Constraint::Length(4),
        Constraint::Fill(1),
    ])
    .areas(area);
    form::render(
        app,
        f,
        form_area,
        &app.step_fields(),
        form::field_focus(app),
    );
    f.render_widget(
        Paragraph::new(GUIDANCE)
            .style(t.dim)
            .wrap(Wrap { trim: true }),
        guide_area,
    );
    let p = &app.diagram;
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(t.border)
        .title(format!(" Preview {} ", p.info));
    let inner = block.inner(preview_area);
    f.render_widget(block, preview_area);
    let mut image = p.image.borrow_mut();
    match image.as_mut() {
        Some(state) if inner.height > 0 => {
            f.render_stateful_widget(StatefulImage::<StatefulProtocol>::default(), inner, state)
        }
        _ => {
            let text = if p.path.is_empty() {
                "No diagram chosen yet."
            } else {
                ""
            };
            f.render_widget(Paragraph::new(Line::styled(text, t.dim)), inner);
        }
    }
}
