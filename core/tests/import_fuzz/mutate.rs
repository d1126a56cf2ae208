//! The fuzz inputs: arbitrary bytes, byte-level mutations of the valid fixture (flips,
//! truncations, insertions, splices of JSON and other formats' fragments), and tree-level
//! mutations of its JSON, alone or wrapped in a backup.

use proptest::prelude::*;
use serde_json::Value;

use super::FIXTURE;

/// Pieces of JSON and of other formats spliced into files.
pub(crate) const FRAGMENTS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    "null",
    "true",
    "-1",
    "0",
    "1e999",
    "-0.0",
    "18446744073709551616",
    "\"\\ud800\"",
    "\"<script>alert(1)</script>",
    "\u{feff}",
    "\0",
    "\"format_version\": 2,",
    "\"format_version\": 0,",
    "\"pack_id\": \"x\",",
    "\"unit\"",
    "\"app-1\"",
    "\"A1.1\"",
    "{\"type\":\"number\",\"value\":-1}",
    "{\"type\":\"never\"}",
    "{\"type\":\"multi\",\"value\":[\"none\",\"none\"]}",
    "\"2026-02-30\"",
    "某县",
    "\"kind\": \"fingertip-backup\",",
    "[[[[[[[[[[[[[[[[",
    "\u{ff}",
    "\"é\"",
];

/// Starts of files that are not ours.
pub(crate) const PREFIXES: &[&[u8]] = &[
    b"",
    b"PK\x03\x04",
    b"\x89PNG\r\n\x1a\n",
    b"\xFF\xD8\xFF",
    b"%PDF-1.7",
    b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    b"\xFE\xFF",
    b"{\"format_version\": 1, \"assessment\": ",
];

/// One byte-level change; positions are taken modulo the current length.
#[derive(Debug, Clone)]
pub(crate) enum ByteOp {
    Flip(u32, u8),
    Truncate(u32),
    Insert(u32, Vec<u8>),
    Splice(u32, u8, usize),
    Delete(u32, u16),
}

/// One tree-level change at the n-th node of the fixture (pre-order, modulo the node count).
#[derive(Debug, Clone)]
pub(crate) enum TreeOp {
    Replace(u32, usize),
    Remove(u32),
    Duplicate(u32),
    Rename(u32),
    Number(u32, f64),
}

#[derive(Debug, Clone)]
pub(crate) enum Input {
    Bytes(Vec<u8>),
    Mutated(Vec<ByteOp>),
    Tree(Vec<TreeOp>),
    Backup(Vec<TreeOp>),
}

pub(crate) fn byte_op() -> impl Strategy<Value = ByteOp> {
    prop_oneof![
        4 => (any::<u32>(), any::<u8>()).prop_map(|(at, b)| ByteOp::Flip(at, b)),
        1 => any::<u32>().prop_map(ByteOp::Truncate),
        2 => (any::<u32>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(at, b)| ByteOp::Insert(at, b)),
        3 => (any::<u32>(), any::<u8>(), 0..FRAGMENTS.len())
            .prop_map(|(at, len, f)| ByteOp::Splice(at, len % 16, f)),
        1 => (any::<u32>(), any::<u16>()).prop_map(|(at, len)| ByteOp::Delete(at, len % 512)),
    ]
}

pub(crate) fn tree_op() -> impl Strategy<Value = TreeOp> {
    prop_oneof![
        3 => (any::<u32>(), 0..FRAGMENTS.len() + 6).prop_map(|(n, f)| TreeOp::Replace(n, f)),
        2 => any::<u32>().prop_map(TreeOp::Remove),
        1 => any::<u32>().prop_map(TreeOp::Duplicate),
        1 => any::<u32>().prop_map(TreeOp::Rename),
        1 => (any::<u32>(), prop_oneof![Just(-1.0), Just(0.5), Just(1e300), any::<f64>()])
            .prop_map(|(n, x)| TreeOp::Number(n, x)),
    ]
}

pub(crate) fn input() -> impl Strategy<Value = Input> {
    let bytes = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        (0..PREFIXES.len(), prop::collection::vec(any::<u8>(), 0..64)).prop_map(|(p, rest)| {
            let mut v = PREFIXES.get(p).copied().unwrap_or_default().to_vec();
            v.extend(rest);
            v
        }),
    ];
    prop_oneof![
        2 => bytes.prop_map(Input::Bytes),
        4 => prop::collection::vec(byte_op(), 1..4).prop_map(Input::Mutated),
        4 => prop::collection::vec(tree_op(), 1..4).prop_map(Input::Tree),
        1 => prop::collection::vec(tree_op(), 0..3).prop_map(Input::Backup),
    ]
}

pub(crate) fn mutate_bytes(ops: &[ByteOp]) -> Vec<u8> {
    let mut v = FIXTURE.to_vec();
    let at = |v: &Vec<u8>, n: u32| (n as usize) % (v.len() + 1);
    for op in ops {
        match op {
            ByteOp::Flip(n, b) if !v.is_empty() => {
                let i = (*n as usize) % v.len();
                v[i] ^= b.max(&1);
            }
            ByteOp::Flip(..) => {}
            ByteOp::Truncate(n) => v.truncate(at(&v, *n)),
            ByteOp::Insert(n, bytes) => {
                let i = at(&v, *n);
                v.splice(i..i, bytes.iter().copied());
            }
            ByteOp::Splice(n, len, f) => {
                let i = at(&v, *n);
                let end = (i + *len as usize).min(v.len());
                v.splice(i..end, FRAGMENTS[*f].bytes());
            }
            ByteOp::Delete(n, len) => {
                let i = at(&v, *n);
                let end = (i + *len as usize).min(v.len());
                v.drain(i..end);
            }
        }
    }
    v
}

pub(crate) fn fragment_value(f: usize) -> Value {
    match FRAGMENTS.get(f) {
        Some(s) => serde_json::from_str(s).unwrap_or_else(|_| Value::String((*s).into())),
        None => match f - FRAGMENTS.len() {
            0 => Value::Array(vec![]),
            1 => Value::Object(Default::default()),
            2 => Value::String(String::new()),
            3 => Value::from(u64::MAX),
            4 => serde_json::json!({"item": "A1.1", "asset": "unit", "value": null}),
            _ => Value::from(-7),
        },
    }
}

/// Applies `f` to the n-th node (pre-order); true once applied.
pub(crate) fn at_node(value: &mut Value, n: &mut u32, f: &mut dyn FnMut(&mut Value)) -> bool {
    if *n == 0 {
        f(value);
        return true;
    }
    *n -= 1;
    match value {
        Value::Array(items) => items.iter_mut().any(|v| at_node(v, n, f)),
        Value::Object(map) => map.values_mut().any(|v| at_node(v, n, f)),
        _ => false,
    }
}

pub(crate) fn mutate_tree(base: &Value, ops: &[TreeOp]) -> Value {
    let mut value = base.clone();
    for op in ops {
        let (TreeOp::Replace(n, _)
        | TreeOp::Remove(n)
        | TreeOp::Duplicate(n)
        | TreeOp::Rename(n)
        | TreeOp::Number(n, _)) = op;
        let mut left = n % 4096;
        at_node(&mut value, &mut left, &mut |v| apply(op, v));
    }
    value
}

pub(crate) fn apply(op: &TreeOp, v: &mut Value) {
    match (op, v) {
        (TreeOp::Replace(_, f), v) => *v = fragment_value(*f),
        (TreeOp::Remove(_), Value::Array(items)) => {
            items.pop();
        }
        (TreeOp::Remove(_), Value::Object(map)) => {
            if let Some(k) = map.keys().next().cloned() {
                map.remove(&k);
            }
        }
        (TreeOp::Remove(_), v) => *v = Value::Null,
        (TreeOp::Duplicate(_), Value::Array(items)) => {
            if let Some(first) = items.first().cloned() {
                items.push(first);
            }
        }
        (TreeOp::Rename(_), Value::Object(map)) => {
            if let Some(k) = map.keys().next_back().cloned() {
                let item = map.remove(&k).unwrap_or_default();
                map.insert(format!("{k}x"), item);
            }
        }
        (TreeOp::Number(_, x), v) => {
            *v = serde_json::Number::from_f64(*x).map_or(Value::Null, Value::Number)
        }
        _ => {}
    }
}
