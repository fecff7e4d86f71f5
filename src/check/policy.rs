//! When a check fails: the `--fail-on` threshold, and per-locale policy from
//! `locales/check.yml`, so that a locale still being translated can report
//! without blocking a merge:
//!
//! ```yaml
//! fail-on: error          # default for every locale (the command line wins)
//! locales:
//!   de-DE:
//!     fail-on: never      # de-DE only reports
//! ```

use super::Finding;
use crate::diag::Severity;
use crate::locale::Locale;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The policy file's name, in the catalog directory.
pub(crate) const POLICY_FILE: &str = "check.yml";

/// The least severe finding that fails the check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum FailOn {
    Error,
    Warning,
    /// Nothing fails: findings are only reported.
    Never,
}

impl FailOn {
    pub(crate) const ALL: [FailOn; 3] = [FailOn::Error, FailOn::Warning, FailOn::Never];

    /// The threshold's name, as `--fail-on` and `check.yml` take it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            FailOn::Error => "error",
            FailOn::Warning => "warning",
            FailOn::Never => "never",
        }
    }

    pub(crate) fn fails(self, s: Severity) -> bool {
        match self {
            FailOn::Error => s == Severity::Error,
            FailOn::Warning => matches!(s, Severity::Error | Severity::Warning),
            FailOn::Never => false,
        }
    }
}

impl std::fmt::Display for FailOn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct PolicyFile {
    fail_on: Option<FailOn>,
    #[serde(default)]
    locales: BTreeMap<String, LocalePolicy>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct LocalePolicy {
    fail_on: Option<FailOn>,
}

/// The effective policy of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Policy {
    pub(crate) default: FailOn,
    pub(crate) locales: BTreeMap<String, FailOn>,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            default: FailOn::Error,
            locales: BTreeMap::new(),
        }
    }
}

/// A policy file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub(crate) enum PolicyError {
    #[error(transparent)]
    Read(std::io::Error),
    /// Not YAML, or not a policy (an unknown key, an unknown value).
    #[error(transparent)]
    Yaml(#[from] crate::yaml::Error),
}

impl Policy {
    /// Read a policy file's text; `cli` is the `--fail-on` given on the
    /// command line, which wins over the file's default (not over a
    /// locale's own setting).
    pub(crate) fn parse(src: &str, cli: Option<FailOn>) -> Result<Policy, PolicyError> {
        let file: PolicyFile = if src.trim().is_empty() {
            PolicyFile {
                fail_on: None,
                locales: BTreeMap::new(),
            }
        } else {
            crate::yaml::from_str(src)?
        };
        Ok(Policy {
            default: cli.or(file.fail_on).unwrap_or(FailOn::Error),
            locales: file
                .locales
                .into_iter()
                .filter_map(|(l, p)| p.fail_on.map(|f| (l, f)))
                .collect(),
        })
    }

    /// The threshold for a finding's locale.
    pub(crate) fn fail_on(&self, locale: Option<&str>) -> FailOn {
        locale
            .and_then(|l| self.locales.get(l))
            .copied()
            .unwrap_or(self.default)
    }

    pub(crate) fn fails(&self, f: &Finding) -> bool {
        self.fail_on(f.locale.as_ref().map(Locale::as_str))
            .fails(f.severity)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_policy_wins_and_cli_sets_the_default() {
        let src = "fail-on: warning\nlocales:\n  de-DE:\n    fail-on: never\n";
        let p = Policy::parse(src, None).unwrap();
        assert_eq!(p.fail_on(Some("de-DE")), FailOn::Never);
        assert_eq!(p.fail_on(Some("fr-FR")), FailOn::Warning);
        assert_eq!(p.fail_on(None), FailOn::Warning);
        let p = Policy::parse(src, Some(FailOn::Error)).unwrap();
        assert_eq!(p.fail_on(Some("fr-FR")), FailOn::Error);
        assert_eq!(p.fail_on(Some("de-DE")), FailOn::Never);
        assert!(Policy::parse("", None).is_ok());
        assert!(Policy::parse("fail_on: error\n", None).is_err());
        assert!(Policy::parse("locales:\n  de-DE:\n    fail-on: sometimes\n", None).is_err());
    }
}
