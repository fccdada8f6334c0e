//! Pieces every step shows: the step bar and the status panel.

pub mod coverage_map;
pub mod status_panel;
pub mod step_bar;
