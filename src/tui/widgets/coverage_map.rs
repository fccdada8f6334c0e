//! The markets on a world map (ratatui's canvas `Map`): each market a mark whose character says
//! its state, so the map reads in the mono theme too: `●` covered, `✗` no Partner sales contact,
//! `▲` a code Partner Center will not take (AI, EH, FK). The ones that need attention are drawn
//! last, on top. A legend line under the map counts each kind (AI/EH/FK: the codes Partner
//! Center will not take).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Map, MapResolution};
use ratatui::widgets::{Paragraph, Widget};

use crate::map::{Mark, Pin, counts};
use crate::tui::theme::Theme;

/// The smallest terminal the map is drawn in; below it the Contacts step shows the list.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 20;

/// The latitudes shown: Antarctica and the far north would take rows and hold no market but AQ,
/// which is drawn at the bottom edge.
const SOUTH: f64 = -60.0;
const NORTH: f64 = 84.0;

pub fn glyph(mark: Mark) -> &'static str {
    match mark {
        Mark::Covered => "●",
        Mark::Uncovered => "✗",
        Mark::Warned => "▲",
    }
}

fn style(mark: Mark, t: &Theme) -> Style {
    match mark {
        Mark::Covered => t.ok,
        Mark::Uncovered => t.error,
        Mark::Warned => t.warn,
    }
}

/// The legend's short words (the page's are longer).
fn short(mark: Mark) -> String {
    match mark {
        Mark::Covered => crate::t!("wiz-map-covered"),
        Mark::Uncovered => crate::t!("wiz-map-uncovered"),
        Mark::Warned => "AI/EH/FK".to_string(),
    }
}

pub struct CoverageMap<'a> {
    pub pins: &'a [Pin],
    pub theme: &'a Theme,
}

impl Widget for CoverageMap<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let [map_area, legend_area] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
        let land = if t.mono {
            Color::Reset
        } else {
            Color::DarkGray
        };
        let pins = self.pins;
        Canvas::default()
            .marker(Marker::Braille)
            .x_bounds([-180.0, 180.0])
            .y_bounds([SOUTH, NORTH])
            .paint(|ctx| {
                ctx.draw(&Map {
                    color: land,
                    resolution: MapResolution::High,
                });
                ctx.layer();
                for p in pins {
                    let lat = f64::from(p.lat).clamp(SOUTH, NORTH);
                    ctx.print(
                        f64::from(p.lon),
                        lat,
                        Span::styled(glyph(p.mark), style(p.mark, t)),
                    );
                }
            })
            .render(map_area, buf);
        let n = counts(pins);
        let mut spans = Vec::new();
        for (mark, count) in Mark::ALL.into_iter().zip(n) {
            if count == 0 && mark == Mark::Warned {
                continue;
            }
            spans.push(Span::styled(glyph(mark), style(mark, t)));
            spans.push(Span::raw(format!(" {count} {}  ", short(mark))));
        }
        Paragraph::new(Line::from(spans)).render(legend_area, buf);
    }
}
