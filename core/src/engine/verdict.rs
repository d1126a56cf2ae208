//! The overall verdict of the self-check: red lines, incomplete, advisories only, or compliant.

use super::summary::Counts;

/// The overall result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Overall {
    /// 存在红线问题: at least one red line (even while incomplete).
    RedLines,
    /// 自查未完成: no red line yet, but rows are unanswered.
    Incomplete,
    /// 基本符合,有改进建议: complete, advisories only.
    AdvisoryOnly,
    /// 符合要求: complete, no problem.
    Compliant,
}

impl Overall {
    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Self::RedLines => "存在红线问题",
            Self::Incomplete => "自查未完成",
            Self::AdvisoryOnly => "基本符合,有改进建议",
            Self::Compliant => "符合要求",
        }
    }
}

/// The overall verdict with its reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// The result.
    pub overall: Overall,
    /// Why, in Chinese, e.g. 存在 3 项红线问题.
    pub reasons: Vec<String>,
}

/// Red lines first, then incompleteness (unanswered rows, rows that cannot be judged, or no
/// valid assessment date at all), then advisories.
pub(crate) fn overall_verdict(counts: &Counts, date_valid: bool) -> Verdict {
    let mut reasons = Vec::new();
    if counts.red_line > 0 {
        reasons.push(format!("存在 {} 项红线问题", counts.red_line));
    }
    if !date_valid {
        reasons.push("未填写有效的自查日期(请到“单位信息”填写)".to_string());
    }
    if counts.unanswered > 0 {
        reasons.push(format!("尚有 {} 项未作答", counts.unanswered));
    }
    if counts.undetermined > 0 {
        reasons.push(format!("有 {} 项无法判断,需核对日期", counts.undetermined));
    }
    if counts.advisory > 0 {
        reasons.push(format!("有 {} 项建议改进", counts.advisory));
    }
    let overall = if counts.red_line > 0 {
        Overall::RedLines
    } else if counts.unanswered > 0 || counts.undetermined > 0 || !date_valid {
        Overall::Incomplete
    } else if counts.advisory > 0 {
        Overall::AdvisoryOnly
    } else {
        reasons.push(format!("全部 {} 项均符合要求或不适用", counts.total()));
        Overall::Compliant
    };
    Verdict { overall, reasons }
}
