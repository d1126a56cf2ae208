//! The evaluation engine: pure functions of (pack, assessment). Filled in by the engine work.
