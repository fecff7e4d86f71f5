//! The exit status every command ends with, in one type below all of
//! them: 0 clean, 1 findings (something to look at), 2 errors (unreadable
//! input, usage). Commands say which; only the binary turns it into the
//! process's status.

/// How a command ended. Ordered from best to worst, so that the status of
/// a run over many pages is the worst of its pages ([`Exit::max`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exit {
    /// Nothing to report.
    #[default]
    Clean,
    /// Findings: a page that differs, a disagreement, a check failure,
    /// something for a translator to look at.
    Findings,
    /// An error: input that cannot be read, a usage error.
    Error,
}

impl Exit {
    /// The process exit status.
    pub fn code(self) -> i32 {
        match self {
            Exit::Clean => 0,
            Exit::Findings => 1,
            Exit::Error => 2,
        }
    }

    /// [`Exit::Findings`] if there are any, else [`Exit::Clean`].
    pub(crate) fn findings_if(any: bool) -> Exit {
        if any {
            Exit::Findings
        } else {
            Exit::Clean
        }
    }
}
