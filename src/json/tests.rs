//! The reader and writer against serde_json, the reference: the same values from the same
//! texts, the same texts refused, and what each writes read back the same by the other.

use proptest::prelude::*;

use super::*;

/// Our value as serde_json's, for comparison (object keys keep serde_json's own order).
fn to_serde(value: &Value) -> serde_json::Value {
    match value {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Number(n) => serde_json::from_str(n.as_str()).unwrap_or(serde_json::Value::Null),
        Value::String(s) => serde_json::Value::String(s.clone()),
        Value::Array(items) => serde_json::Value::Array(items.iter().map(to_serde).collect()),
        Value::Object(map) => {
            serde_json::Value::Object(map.iter().map(|(k, v)| (k.to_string(), to_serde(v))).collect())
        }
    }
}

fn same_as_serde(text: &str) {
    let ours = parse(text).map(|v| to_serde(&v)).ok();
    let reference = serde_json::from_str::<serde_json::Value>(text).ok();
    assert_eq!(ours, reference, "{text:?}");
}

#[test]
fn reads_what_serde_json_reads() {
    for text in [
        "{}",
        "[]",
        " { \"a\" : [1, -2, 3.5, 1e3, 2E-2, -0, 0.0] , \"b\": null } ",
        r#"{"name":"示例数据科技有限公司","ok":true,"no":false}"#,
        r#""\"\\\/\b\f\n\r\t\u00e9\u4e2d\ud83d\ude00""#,
        r#"{"a":1,"a":2}"#,
        "\t\r\n[\n]\n",
        "123456789012345678901234567890",
        "\"\u{7f}\u{2028}\"",
    ] {
        same_as_serde(text);
    }
}

#[test]
fn refuses_what_serde_json_refuses() {
    for text in [
        "",
        " ",
        "{",
        "[1,]",
        "{\"a\":1,}",
        "{'a':1}",
        "{a:1}",
        "[01]",
        "[1.]",
        "[.5]",
        "[-]",
        "[+1]",
        "[1e]",
        "[NaN]",
        "[Infinity]",
        "[tru]",
        "[nul]",
        "\"tab\there\"",
        "\"line\nbreak\"",
        r#""\x""#,
        r#""\u12""#,
        r#""\ud800""#,
        r#""\udc00""#,
        r#""\ud800\u0041""#,
        "{} {}",
        "[1] x",
        "// comment\n{}",
        "{\"a\" 1}",
    ] {
        assert!(parse(text).is_err(), "{text:?} was read");
        same_as_serde(text);
    }
}

#[test]
fn says_the_line_and_column_where_it_stops() {
    assert_eq!(parse("{\n  \"format\": "), Err(ParseError { line: 2, column: 13 }));
    assert_eq!(parse("[1, 2 3]"), Err(ParseError { line: 1, column: 7 }));
    // Columns count characters, so Chinese text before the problem counts one each.
    assert_eq!(parse("{\"名称\": x}"), Err(ParseError { line: 1, column: 8 }));
}

#[test]
fn deep_nesting_is_refused_without_exhausting_the_stack() {
    let deep = "[".repeat(100_000);
    assert!(parse(&deep).is_err());
    let limit = format!("{}{}", "[".repeat(parse::MAX_DEPTH), "]".repeat(parse::MAX_DEPTH));
    assert!(parse(&limit).is_ok());
    let over = format!("[{limit}]");
    assert!(parse(&over).is_err());
}

#[test]
fn a_byte_order_mark_is_skipped() {
    assert_eq!(parse("\u{feff}{}"), Ok(Value::Object(Map::new())));
}

#[test]
fn numbers_keep_their_digits() {
    let value = parse("[35.5, 1e3, 0.1, 10]").unwrap_or_default();
    let literals: Vec<&str> = value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| match v {
            Value::Number(n) => Some(n.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(literals, ["35.5", "1e3", "0.1", "10"]);
}

#[test]
fn integers_fit_a_u64_or_are_refused() {
    let number = |text: &str| match parse(text) {
        Ok(Value::Number(n)) => n,
        _ => Number(String::new()),
    };
    assert_eq!(number("0").as_u64(), Some(0));
    assert_eq!(number("18446744073709551615").as_u64(), Some(u64::MAX));
    assert_eq!(number("18446744073709551616").as_u64(), None);
    assert_eq!(number("-1").as_u64(), None);
    assert_eq!(number("1.0").as_u64(), None);
    assert_eq!(number("1e2").as_u64(), None);
    assert!(number("-3").is_integer());
    assert!(!number("3.0").is_integer());
}

#[test]
fn zero_is_zero_however_written() {
    for zero in ["0", "-0", "0.000", "0e999999999999", "-0.0E-5"] {
        assert!(Number(zero.to_string()).is_zero(), "{zero}");
    }
    for not_zero in ["1", "0.001", "-0.1e1", "10e-99"] {
        assert!(!Number(not_zero.to_string()).is_zero(), "{not_zero}");
    }
}

#[test]
fn magnitude_tells_too_large_from_too_fine() {
    let at_least_one = |text: &str| Number(text.to_string()).magnitude_at_least_one();
    for large in ["1", "-1", "1.0", "10", "0.1e1", "0.01e2", "1e0", "5e400", "-2e99999999999999999999", "123.45"] {
        assert!(at_least_one(large), "{large}");
    }
    for fine in ["0", "0.9", "-0.5", "0.001", "1e-1", "10e-2", "0.0", "9e-99999999999999999999", "0e5"] {
        assert!(!at_least_one(fine), "{fine}");
    }
}

#[test]
fn objects_keep_the_order_written_and_the_last_of_a_repeated_key() {
    let value = parse(r#"{"b":1,"a":2,"b":3}"#).unwrap_or_default();
    assert_eq!(value.to_string(), r#"{"b":3,"a":2}"#);
    let mut map = Map::new();
    map.insert("format", Value::from("x"));
    map.insert("version", Value::from(1u32));
    *map.get_or_insert_with("entity", || Value::Null) = Value::from(true);
    assert_eq!(map.keys().collect::<Vec<_>>(), ["format", "version", "entity"]);
    assert_eq!(map.remove("version"), Some(Value::from(1u32)));
    assert_eq!(Value::Object(map).to_string(), r#"{"format":"x","entity":true}"#);
}

#[test]
fn objects_are_equal_whatever_their_key_order() {
    assert_eq!(parse(r#"{"a":1,"b":[true]}"#), parse(r#"{"b":[true],"a":1}"#));
    assert_ne!(parse(r#"{"a":1,"b":2}"#), parse(r#"{"a":1,"b":3}"#));
    assert_ne!(parse(r#"{"a":1}"#), parse(r#"{"a":1,"b":2}"#));
    assert_ne!(parse(r#"{"a":1,"b":2}"#), parse(r#"{"a":1}"#));
}

#[test]
fn pretty_text_is_laid_out_like_serde_json() {
    let text = r#"{"a":[1,{"b":[]}],"c":{},"d":"é\n"}"#;
    let ours = parse(text).map(|v| v.to_pretty_string()).unwrap_or_default();
    let theirs = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| serde_json::to_string_pretty(&v).ok())
        .unwrap_or_default();
    assert_eq!(ours, theirs);
}

/// Any JSON value serde_json can hold, with keys already in serde_json's sorted order.
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        (-1e12f64..1e12).prop_map(serde_json::Value::from),
        any::<String>().prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..8)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn reads_serde_json_text_back_to_the_same_value(value in any_json()) {
        let compact = serde_json::to_string(&value).unwrap_or_default();
        let pretty = serde_json::to_string_pretty(&value).unwrap_or_default();
        prop_assert_eq!(parse(&compact).map(|v| to_serde(&v)), Ok(value.clone()));
        prop_assert_eq!(parse(&pretty).map(|v| to_serde(&v)), Ok(value));
    }

    #[test]
    fn writes_text_serde_json_reads_back_to_the_same_value(value in any_json()) {
        let ours = parse(&serde_json::to_string(&value).unwrap_or_default()).unwrap_or_default();
        let compact: Option<serde_json::Value> = serde_json::from_str(&ours.to_string()).ok();
        let pretty: Option<serde_json::Value> = serde_json::from_str(&ours.to_pretty_string()).ok();
        prop_assert_eq!(compact, Some(value.clone()));
        prop_assert_eq!(pretty, Some(value));
    }

    #[test]
    fn never_panics_on_any_text(text in any::<String>()) {
        let _ = parse(&text);
    }

    #[test]
    fn never_panics_on_a_damaged_document(cut in 0usize..200, insert in any::<char>()) {
        let mut text = String::from(r#"{"format":"x","entity":{"name":"示例\u00e9","n":[1.5e3,-2]},"claims":{}}"#);
        let at = text.char_indices().map(|(i, _)| i).nth(cut % text.chars().count()).unwrap_or(0);
        text.insert(at, insert);
        let _ = parse(&text);
        let _ = parse(text.get(..at).unwrap_or(""));
    }
}
