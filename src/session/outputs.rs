//! What a session writes besides its draft: the JSON export, the hand-off kit and the contacts
//! CSV, with the files they may not overwrite.

use std::path::{Path, PathBuf};

use super::{DraftSession, Exported, SessionError};
use crate::contacts_csv::{self, CsvOptions};
use crate::export::{self, ExportFile};
use crate::fsio::{self, Protected, Target, Written};
use crate::model::{Edition, Submission};
use crate::status::StatusReport;
use crate::validate::DiskProbe;
use crate::{rules, store};

/// The export of `sub`, refused (in the reader's words, from `report`) while the tab is
/// incomplete unless `allow_incomplete`. The file is data: its status block (with its `detail`
/// texts) is evaluated in English whatever the reader's language, so an export is the same
/// byte for byte in every language.
fn data_export(
    sub: &Submission,
    report: &StatusReport,
    probe: &DiskProbe,
    allow_incomplete: bool,
    exported_at: &str,
) -> Result<ExportFile, export::ExportError> {
    if !report.is_exportable() && !allow_incomplete {
        return Err(export::ExportError::Refused(report.export_blockers()));
    }
    let english = crate::i18n::Lang::EN;
    let data = if crate::i18n::current() == english {
        report.clone()
    } else {
        crate::i18n::with(english, || rules::evaluate_with(sub, report.edition, probe))
    };
    crate::i18n::with(english, || {
        export::build(
            sub,
            data,
            probe.base.as_deref(),
            allow_incomplete,
            exported_at,
        )
    })
}

/// A kit to write, detached from the session (see [`DraftSession::kit_job`]).
pub struct KitJob {
    pub dir: PathBuf,
    sub: Submission,
    report: StatusReport,
    name: String,
    base: Option<PathBuf>,
    protected: Protected,
}

impl KitJob {
    /// Builds the export (refused while the tab is incomplete) and writes the kit.
    pub fn run(self, progress: &mut dyn FnMut(f32)) -> Result<crate::kit::Kit, SessionError> {
        let probe = DiskProbe {
            base: self.base.clone(),
        };
        let file = data_export(
            &self.sub,
            &self.report,
            &probe,
            false,
            &export::now_rfc3339(),
        )?;
        Ok(crate::kit::write_kit(
            &self.dir,
            &file,
            &self.report,
            &self.name,
            self.base.as_deref(),
            &self.protected,
            progress,
        )?)
    }
}

impl DraftSession {
    /// What outputs may not overwrite: the drafts folder's drafts and locks, and this draft.
    pub fn protected(&self) -> Protected {
        let mut files = Vec::new();
        if !self.path.as_os_str().is_empty() {
            files.push(self.path.clone());
            files.push(store::lock_path(&self.path));
        }
        Protected::new(self.store.dir(), &files)
    }

    /// Builds the export in `edition` (default: the draft's), refused while the tab is
    /// incomplete unless `allow_incomplete`.
    pub fn build_export(
        &self,
        edition: Option<Edition>,
        allow_incomplete: bool,
    ) -> Result<ExportFile, export::ExportError> {
        let report = self.reader_report(edition);
        data_export(
            &self.sub,
            &report,
            &self.probe,
            allow_incomplete,
            &export::now_rfc3339(),
        )
    }

    /// The report in `edition` (default: the draft's), in the reader's language.
    fn reader_report(&self, edition: Option<Edition>) -> StatusReport {
        match edition {
            Some(e) if e != self.sub.rules => rules::evaluate_with(&self.sub, e, &self.probe),
            _ => self.report.clone(),
        }
    }

    /// Writes the export to `target` through the guarded writer.
    pub fn export_json(
        &self,
        target: &Target,
        edition: Option<Edition>,
        allow_incomplete: bool,
    ) -> Result<Exported, SessionError> {
        let file = self.build_export(edition, allow_incomplete)?;
        let written =
            fsio::write_output(target, file.to_pretty_json().as_bytes(), &self.protected())?;
        Ok(Exported { written, file })
    }

    /// Writes the Partner Center hand-off kit into the new folder `dir` (see `kit`), refused
    /// while the tab is incomplete unless `allow_incomplete`.
    pub fn export_kit(
        &self,
        dir: &Path,
        edition: Option<Edition>,
        allow_incomplete: bool,
        progress: &mut dyn FnMut(f32),
    ) -> Result<crate::kit::Kit, SessionError> {
        let report = self.reader_report(edition);
        let file = data_export(
            &self.sub,
            &report,
            &self.probe,
            allow_incomplete,
            &export::now_rfc3339(),
        )?;
        Ok(crate::kit::write_kit(
            dir,
            &file,
            &report,
            &self.name,
            self.probe.base.as_deref(),
            &self.protected(),
            progress,
        )?)
    }

    /// What a kit needs, owned, so it can be built and written on another thread (hashing and
    /// copying large documents takes a while).
    pub fn kit_job(&self, dir: PathBuf) -> KitJob {
        KitJob {
            dir,
            sub: self.sub.clone(),
            report: self.report.clone(),
            name: self.name.clone(),
            base: self.probe.base.clone(),
            protected: self.protected(),
        }
    }

    /// Writes the contacts as a Partner Center CSV through the guarded writer.
    pub fn export_csv(
        &self,
        target: &Target,
        options: CsvOptions,
    ) -> Result<Written, SessionError> {
        let text = contacts_csv::export_with(&self.sub.contacts, options);
        Ok(fsio::write_output(
            target,
            text.as_bytes(),
            &self.protected(),
        )?)
    }

    /// The same submission under every edition, oldest first (spec §11).
    pub fn compare(&self) -> Vec<StatusReport> {
        rules::compare(&self.sub, &self.probe)
    }
}
