//! Triage of a readable file: which problems make it unsafe to import as-is, and which answers
//! the current pack will not count (kept in the draft, listed for the user, never dropped).

use std::collections::HashMap;

use crate::model::{AnswerRecord, UNIT_ASSET};
use crate::pack::{Pack, Scope};
use crate::save::{IssueKind, SavedFile, ValidationIssue};

/// Whether `issue` makes a file unsafe to import as-is: duplicate or reserved asset ids,
/// duplicate answers (one would overwrite the other), answer values of the wrong kind, and
/// out-of-range values of known parameters. Evidence indexes out of range are not blocking:
/// a pack update that shortens an evidence list must not lock users out of their work.
pub fn is_blocking(issue: &ValidationIssue, pack: &Pack) -> bool {
    match issue.kind {
        IssueKind::DuplicateAsset | IssueKind::DuplicateAnswer => true,
        IssueKind::WrongKind => !issue.field.ends_with(".evidence"),
        IssueKind::UnknownParameter => issue
            .field
            .strip_prefix("assessment.parameters.")
            .is_some_and(|id| pack.parameter(id).is_some()),
        _ => false,
    }
}

/// Answers the current pack will not count: unknown item, unknown asset, or wrong asset kind.
pub(super) fn unmapped(file: &SavedFile, pack: &Pack) -> Vec<AnswerRecord> {
    let inv = &file.assessment.inventory;
    let mut scopes: HashMap<&str, Scope> = HashMap::new();
    // The first asset of a duplicated id wins, as in validation.
    let assets = (inv.apps.iter().map(|a| (a.id.as_str(), Scope::App)))
        .chain(inv.accounts.iter().map(|a| (a.id.as_str(), Scope::Account)))
        .chain(inv.groups.iter().map(|g| (g.id.as_str(), Scope::Group)));
    for (id, scope) in assets {
        scopes.entry(id).or_insert(scope);
    }
    scopes.insert(UNIT_ASSET, Scope::Unit);
    let items: HashMap<&str, &[Scope]> = pack
        .items
        .iter()
        .map(|i| (i.id.as_str(), i.scope.as_slice()))
        .collect();
    file.assessment
        .answers
        .iter()
        .filter(|r| {
            let Some(allowed) = items.get(r.item.as_str()) else {
                return true;
            };
            scopes
                .get(r.asset.as_str())
                .is_none_or(|scope| !allowed.contains(scope))
        })
        .cloned()
        .collect()
}
