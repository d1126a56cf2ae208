//! Why an overlay pack cannot be loaded, field by field, in Chinese that says what to fix.
//! The app and `fingertip pack check` print exactly these messages.

/// One problem with an overlay file. `field` names where it is, e.g. `items[0](SC1.1).rules[1]`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OverlayError {
    /// Not JSON (the browser form); where the parser stopped.
    #[error("文件不是有效的 JSON(第 {line} 行第 {column} 列附近有错误)。请用 fingertip pack check 检查并转换后再加载。")]
    NotJson {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
    },
    /// Not TOML (the authors' form); the parser's words.
    #[error("文件不是有效的 TOML:{0}")]
    NotToml(String),
    /// A TOML file given to a reader without the TOML parser (the browser).
    #[error("这是 TOML 形式的地方标准,浏览器只读取 JSON 形式。请先运行 fingertip pack check 文件.toml --json 文件.json 转换,再加载 .json 文件。")]
    TomlHere,
    /// A field missing or of the wrong type.
    #[error("字段 {field}:{what}")]
    Malformed {
        /// Where.
        field: String,
        /// What is wrong, in Chinese.
        what: String,
    },
    /// A field that would remove or rewrite national content.
    #[error("字段 {0}:地方标准只能新增内容,不能删除、替换或改写全国问卷的内容,不支持这个字段。")]
    Forbidden(String),
    /// A field this format does not know.
    #[error("字段 {0}:地方标准格式中没有这个字段(请核对拼写,见 docs/overlay.md)。")]
    UnknownField(String),
    /// An id that is not lowercase letters, digits and `-`.
    #[error("字段 id:“{0}”不是有效的编号(只能用小写英文字母、数字和连字符“-”,2 至 40 个字符)。")]
    BadId(String),
    /// A version that is not `x.y.z`.
    #[error("字段 {field}:“{found}”不是 x.y.z 形式的版本号(例如 1.0.0)。")]
    BadVersion {
        /// Where.
        field: String,
        /// What was written.
        found: String,
    },
    /// A date that is not `YYYY-MM-DD`.
    #[error("字段 {field}:“{found}”不是 YYYY-MM-DD 形式的日期(例如 2026-01-01)。")]
    BadDate {
        /// Where.
        field: String,
        /// What was written.
        found: String,
    },
    /// A required text left blank.
    #[error("字段 {0}:不能为空。")]
    Empty(String),
    /// Written for another national pack.
    #[error(
        "字段 base_pack:本标准是在问卷“{found}”之上编写的,本工具的问卷是“{expected}”,无法叠加。"
    )]
    WrongBase {
        /// What the overlay names.
        found: String,
        /// The national pack's id.
        expected: String,
    },
    /// The stated content hash does not match the content.
    #[error("字段 hash:内容校验值不符(文件写的是 {stated},按内容算出的是 {actual}),文件可能在发布后被改动过。请向发布单位索取原始文件。")]
    HashMismatch {
        /// Written in the file.
        stated: String,
        /// Computed.
        actual: String,
    },
    /// An id of the national pack reused for something new.
    #[error("{field}:编号“{id}”与全国问卷的{what}重复。地方标准只能新增,请换一个编号(建议加地方前缀,如 SC)。")]
    NationalCollision {
        /// Where.
        field: String,
        /// The id.
        id: String,
        /// 题目, 部分, 条目, 文件 or 参数.
        what: &'static str,
    },
    /// An item with a national item's id: an attempt to rewrite it.
    #[error("{field}:“{id}”是全国问卷的题目。地方标准不能修改、替换或删除全国题目,只能新增自己的题目(可在 options 中为全国选择题增加选项)。")]
    RewritesNational {
        /// Where.
        field: String,
        /// The national item's id.
        id: String,
    },
    /// An id used twice within the overlay (or by two overlays loaded together).
    #[error("{field}:编号“{id}”重复出现{other}。")]
    Duplicate {
        /// Where.
        field: String,
        /// The id.
        id: String,
        /// Where else, e.g. "(另见地方标准 xx)"; empty when within the same file.
        other: String,
    },
    /// A reference to something that exists neither nationally nor in the overlay.
    #[error("{field}:引用的{what}“{id}”不存在(全国问卷和本标准中都没有)。")]
    Unknown {
        /// Where.
        field: String,
        /// 部分, 条目, 文件, 参数, 题目 or 禁止情形.
        what: &'static str,
        /// The id referred to.
        id: String,
    },
    /// An item placed in an article of another part.
    #[error("{field}:条目“{article}”属于部分“{actual}”,不属于所写的部分“{part}”。")]
    ArticleNotInPart {
        /// Where.
        field: String,
        /// The article.
        article: String,
        /// Its real part.
        actual: String,
        /// The part the item names.
        part: String,
    },
    /// An item or override without any citation.
    #[error(
        "{0}:没有写依据。每道新增题目和每项参数调整都要写明依据(哪份文件、哪一条)和依据强度。"
    )]
    NoBasis(String),
    /// No citation tagged 地方规定 or 本单位规定.
    #[error("{0}:依据强度至少要有一条标为“地方规定”(local_rule)或“本单位规定”(unit_rule),以便报告区分新增题目与全国题目。")]
    NotLocal(String),
    /// A citation that cannot support the rows it is cited for.
    #[error("{field}:依据“{document}”{what}。")]
    BadBasis {
        /// Where.
        field: String,
        /// The document cited.
        document: String,
        /// What is wrong, in Chinese.
        what: String,
    },
    /// A rule that no answer can make fire.
    #[error("{field}:这条规则永远不会触发——{why}。")]
    CannotFire {
        /// Where.
        field: String,
        /// Why, in Chinese.
        why: String,
    },
    /// An item without rules.
    #[error("{0}:没有判定规则(rules),这道题永远判不出问题。")]
    NoRules(String),
    /// A choice question with fewer than two options or repeated values.
    #[error("{0}:选择题至少要有两个选项,且各选项取值(value)不能重复。")]
    BadOptions(String),
    /// A parameter value that is negative or not a number.
    #[error("{field}:参数值 {value} 无效(应为不小于 0 的数字)。")]
    BadValue {
        /// Where.
        field: String,
        /// The value, as written.
        value: String,
    },
    /// An override that loosens a national figure.
    #[error("{field}:参数“{id}”的全国口径是 {national}{unit},地方标准只能从严,不能放宽为 {value}{unit}。")]
    Loosens {
        /// Where.
        field: String,
        /// Parameter id.
        id: String,
        /// National figure.
        national: String,
        /// Proposed value.
        value: String,
        /// Unit.
        unit: String,
    },
    /// The same parameter overridden twice.
    #[error("{field}:参数“{id}”已被调整过一次{other},同一参数只能调整一次。")]
    OverriddenTwice {
        /// Where.
        field: String,
        /// Parameter id.
        id: String,
        /// Where else.
        other: String,
    },
    /// Options added to a question that has none.
    #[error("{field}:题目“{item}”不是选择题,不能增加选项。")]
    NotChoice {
        /// Where.
        field: String,
        /// The item.
        item: String,
    },
    /// An added option whose value already exists.
    #[error("{field}:选项取值“{value}”在题目“{item}”中已经存在;地方标准不能改写已有选项。")]
    OptionExists {
        /// Where.
        field: String,
        /// The item.
        item: String,
        /// The value.
        value: String,
    },
    /// The changelog's newest release is not the overlay's version.
    #[error(
        "字段 changelog:最新一版应为本标准的版本 {0}(请在 changelog 最前面写明本版改了什么)。"
    )]
    ChangelogVersion(String),
    /// Nothing to add.
    #[error("本标准没有新增任何内容(没有题目、选项或参数调整)。")]
    AddsNothing,
}

impl OverlayError {
    /// An error at `field` saying `what`.
    pub fn malformed(field: impl Into<String>, what: impl Into<String>) -> Self {
        OverlayError::Malformed {
            field: field.into(),
            what: what.into(),
        }
    }
}
