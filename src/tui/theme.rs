//! Named styles. The mono theme (NO_COLOR, --mono) keeps only bold/reverse; focus and errors are
//! also marked with characters everywhere, so nothing depends on colour alone.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub mono: bool,
    pub title: Style,
    pub text: Style,
    pub dim: Style,
    pub focus: Style,
    pub ok: Style,
    pub error: Style,
    pub warn: Style,
    pub key: Style,
    pub border: Style,
    pub border_focus: Style,
}

/// Focus mark, drawn beside the focused row in every theme.
pub const FOCUS_MARK: &str = "›";
pub const MET: &str = "✓";
pub const UNMET: &str = "✗";
pub const NOT_APPLICABLE: &str = "—";

impl Theme {
    pub fn color() -> Theme {
        Theme {
            mono: false,
            title: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            text: Style::new(),
            dim: Style::new().fg(Color::DarkGray),
            focus: Style::new().fg(Color::Black).bg(Color::Cyan),
            ok: Style::new().fg(Color::Green),
            error: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            warn: Style::new().fg(Color::Yellow),
            key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::DarkGray),
            border_focus: Style::new().fg(Color::Cyan),
        }
    }

    pub fn mono() -> Theme {
        Theme {
            mono: true,
            title: Style::new().add_modifier(Modifier::BOLD),
            text: Style::new(),
            dim: Style::new(),
            focus: Style::new().add_modifier(Modifier::REVERSED),
            ok: Style::new(),
            error: Style::new().add_modifier(Modifier::BOLD),
            warn: Style::new(),
            key: Style::new().add_modifier(Modifier::BOLD),
            border: Style::new(),
            border_focus: Style::new().add_modifier(Modifier::BOLD),
        }
    }

    /// Mono when asked for, or when NO_COLOR is set to anything non-empty.
    pub fn from_env(mono: bool) -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        if mono || no_color {
            Theme::mono()
        } else {
            Theme::color()
        }
    }
}
