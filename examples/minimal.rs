//! The smallest ratatui 0.30 app: one bordered paragraph, q quits. The start-up benchmark runs it
//! beside cosell to report cosell's start-up as a ratio of the floor any ratatui app pays.

use crossterm::event::{self, Event, KeyCode};
use ratatui::widgets::{Block, Paragraph};

fn main() -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    let result = (|| loop {
        terminal.draw(|f| {
            f.render_widget(
                Paragraph::new("minimal ratatui app").block(Block::bordered()),
                f.area(),
            )
        })?;
        if let Event::Key(k) = event::read()?
            && k.code == KeyCode::Char('q')
        {
            return Ok(());
        }
    })();
    ratatui::restore();
    result
}
