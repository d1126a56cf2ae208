//! One small controlled input component per answer kind (placeholder, being written).
