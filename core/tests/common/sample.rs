//! Shared set-up of the tests on the built-in sample: the embedded pack, the sample unit, its
//! report model and content fingerprint, and a JSON text with every object's members reversed.

use fingertip_core::engine::evaluate;
use fingertip_core::fingerprint::content_fingerprint;
use fingertip_core::model::Assessment;
use fingertip_core::pack::{embedded, Pack};
use fingertip_core::report::{build_report, Report};
use fingertip_core::sample::sample_assessment;
use serde_json::Value;

pub fn pack() -> &'static Pack {
    embedded().expect("the embedded pack parses")
}

pub fn sample() -> Assessment {
    sample_assessment("draft-1", "2026-11-01T09:00:00Z").expect("the sample parses")
}

/// The report model of `a` on the embedded pack.
pub fn report_of(a: &Assessment) -> Report {
    build_report(pack(), a, &evaluate(pack(), a))
}

pub fn fp(a: &Assessment) -> String {
    content_fingerprint(&pack().id, &pack().version, a)
}

/// `value` with the members of every object in reverse order (serde_json keeps insertion order
/// only with `preserve_order`, so the text is rebuilt by hand).
pub fn reversed_keys(value: &Value) -> String {
    match value {
        Value::Object(map) => {
            let members: Vec<String> = map
                .iter()
                .rev()
                .map(|(k, v)| format!("{}:{}", Value::String(k.clone()), reversed_keys(v)))
                .collect();
            format!("{{{}}}", members.join(","))
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(reversed_keys).collect();
            format!("[{}]", items.join(","))
        }
        other => other.to_string(),
    }
}
