//! Reading and writing the answers file.

use serde_json::json;

use super::*;
use crate::money::{MoneyError, Wan};

fn paths(value: serde_json::Value) -> Vec<String> {
    match Answers::from_value(&value) {
        Ok(_) => Vec::new(),
        Err(error) => error.errors.into_iter().map(|e| e.path.to_string()).collect(),
    }
}

/// Every problem of a refusal, with its place.
fn problems(error: &AnswersError) -> Vec<(String, Problem)> {
    error.errors.iter().map(|e| (e.path.to_string(), e.problem.clone())).collect()
}

fn minimal(claims: serde_json::Value) -> serde_json::Value {
    json!({
        "format": FORMAT, "version": 1,
        "entity": { "operates_in_xicheng": true, "data_fields": ["development"] },
        "claims": claims
    })
}

/// The everything-claimed example of the format's documentation.
pub(crate) const EVERYTHING: &str = include_str!("../../docs/examples/everything-claimed.json");

#[test]
fn the_documented_example_is_read_whole() {
    let answers = Answers::from_json(EVERYTHING).unwrap_or_default();
    assert_eq!(answers.claims.len(), 29);
    assert_eq!(answers.entity.name.as_deref(), Some("示例数据科技有限公司"));
    assert_eq!(answers.entity.data_fields.len(), 6);
    assert_eq!(answers.projects.len(), 1);
    assert_eq!(answers.projects.first().map(|p| p.measures.clone()), Some(vec!["6.1a", "4.2a"]));
    let investment = answers.claim("6.1a").and_then(|c| c.get("investment_wan")).cloned();
    assert_eq!(investment, Some(Fact::Amount(Wan::parse_input("8000").unwrap_or_default())));
}

#[test]
fn the_exported_file_reads_in_a_fixed_order_with_claims_in_the_policy_order() {
    let given = format!(
        r#"{{"claims": {{"9.4": {{"events": []}}, "2.1": {{"key_entity": true}}}}, "entity": {{}}, "version": 1, "format": "{FORMAT}"}}"#
    );
    let answers = Answers::from_json(&given).unwrap_or_default();
    assert_eq!(answers.claims.len(), 2);
    let exported: serde_json::Value = serde_json::from_str(&answers.to_json()).unwrap_or_default();
    let keys = |v: &serde_json::Value| v.as_object().map(|m| m.keys().map(String::clone).collect::<Vec<_>>());
    assert_eq!(
        keys(&exported),
        Some(vec!["format".into(), "version".into(), "edition".into(), "entity".into(), "claims".into()])
    );
    assert_eq!(exported.get("claims").and_then(keys), Some(vec!["2.1".into(), "9.4".into()]));
}

#[test]
fn export_then_import_gives_back_the_same_answers() {
    let answers = Answers::from_json(EVERYTHING).unwrap_or_default();
    let again = Answers::from_json(&answers.to_json());
    assert_eq!(again, Ok(answers));
}

#[test]
fn a_missing_claim_and_a_null_one_both_mean_no() {
    let answers = Answers::from_value(&(minimal(json!({ "2.1": null })))).unwrap_or_default();
    assert!(answers.claims.is_empty());
}

#[test]
fn amounts_may_be_strings_or_plain_numbers() {
    let answers = Answers::from_value(
        &(minimal(json!({
            "6.1a": { "national_pilot": true, "investment_wan": 8000.5 },
            "9.2": { "data_financing": true, "interest_paid_wan": "35.5" }
        }))),
    )
    .unwrap_or_default();
    let amount = |id: &str, key: &str| answers.claim(id).and_then(|c| c.get(key)).cloned();
    assert_eq!(amount("6.1a", "investment_wan"), Some(Fact::Amount(Wan::parse_input("8000.5").unwrap_or_default())));
    assert_eq!(amount("9.2", "interest_paid_wan"), Some(Fact::Amount(Wan::parse_input("35.5").unwrap_or_default())));
}

#[test]
fn every_problem_is_reported_at_once_with_its_path() {
    let found = paths(json!({
        "format": FORMAT, "version": 1,
        "entity": { "operates_in_xicheng": "yes", "data_fields": ["development", "mining"], "sector": "x" },
        "claims": {
            "2.2b": { "generative_ai": 1001, "algorithm": -1, "deep_synthesis": 1.5 },
            "6.1a": { "national_pilot": true, "investment_wan": "-5" },
            "9.4": { "events": [ { "name": "论坛" }, { "spend_wan": "1e5" } ] },
            "3.1": { "platforms": [ { "level": "city" } ] },
            "4.2c": { "entries": [ { "national_prize": "fourth" } ] },
            "10.1": {}
        },
        "extra": 1
    }));
    for expected in [
        "extra",
        "entity.sector",
        "entity.operates_in_xicheng",
        "entity.data_fields[1]",
        "claims.2.2b.generative_ai",
        "claims.2.2b.algorithm",
        "claims.2.2b.deep_synthesis",
        "claims.6.1a.investment_wan",
        "claims.9.4.events[0].spend_wan",
        "claims.9.4.events[1].spend_wan",
        "claims.3.1.platforms[0].level",
        "claims.4.2c.entries[0].national_prize",
        "claims.10.1",
    ] {
        assert!(found.contains(&expected.to_string()), "{expected} not in {found:?}");
    }
    assert_eq!(found.len(), 13, "{found:?}");
}

#[test]
fn the_header_must_be_this_format_at_version_one() {
    assert_eq!(paths(json!({ "entity": {} })), ["format", "version"]);
    assert_eq!(paths(json!({ "format": "other", "version": 1, "entity": {} })), ["format"]);
    assert_eq!(paths(json!({ "format": FORMAT, "version": 2, "entity": {} })), ["version"]);
    assert_eq!(paths(json!({ "format": FORMAT, "version": "1", "entity": {} })), ["version"]);
    assert_eq!(paths(json!({ "format": FORMAT, "version": 1 })), ["entity"]);
    assert_eq!(paths(json!([1, 2])), [""]);
    assert!(paths(json!({ "format": FORMAT, "version": 1, "entity": {} })).is_empty());
}

#[test]
fn text_that_is_not_json_says_where() {
    let error = Answers::from_json("{\n  \"format\": ").err().unwrap_or(AnswersError { errors: vec![] });
    assert_eq!(problems(&error), [(String::new(), Problem::NotJson { line: 2, column: 12 })]);
}

#[test]
fn counts_hold_from_zero_to_a_thousand() {
    let with = |n: serde_json::Value| paths(minimal(json!({ "8": { "national": n } })));
    assert!(with(json!(0)).is_empty());
    assert!(with(json!(1000)).is_empty());
    assert_eq!(with(json!(1001)), ["claims.8.national"]);
    assert_eq!(with(json!(-1)), ["claims.8.national"]);
    assert_eq!(with(json!("3")), ["claims.8.national"]);
}

#[test]
fn amounts_hold_from_zero_to_a_hundred_million_to_six_places() {
    let with =
        |v: serde_json::Value| paths(minimal(json!({ "6.1a": { "national_pilot": true, "investment_wan": v } })));
    for good in [json!("0"), json!("100000000"), json!("0.000001"), json!(12.5), json!("1,234.5")] {
        assert!(with(good.clone()).is_empty(), "{good}");
    }
    for bad in [
        json!("-0.01"),
        json!("100000000.000001"),
        json!("0.0000001"),
        json!(-3),
        json!(1e300),
        json!(true),
        json!("abc"),
    ] {
        assert_eq!(with(bad.clone()), ["claims.6.1a.investment_wan"], "{bad}");
    }
}

#[test]
fn amounts_written_with_an_exponent_are_read_exactly() {
    let read = |number: &str| {
        let text = format!(
            r#"{{"format": "{FORMAT}", "version": 1, "entity": {{}}, "claims": {{"6.1a": {{"national_pilot": true, "investment_wan": {number}}}}}}}"#
        );
        match Answers::from_json(&text) {
            Ok(answers) => Ok(answers.claim("6.1a").and_then(|c| c.get("investment_wan")).cloned()),
            Err(error) => Err(error.errors.into_iter().map(|e| e.problem).collect::<Vec<_>>()),
        }
    };
    let amount = |text: &str| Ok(Some(Fact::Amount(Wan::parse_input(text).unwrap_or_default())));
    assert_eq!(read("1e3"), amount("1000"));
    assert_eq!(read("25E+2"), amount("2500"));
    assert_eq!(read("1.5e-1"), amount("0.15"));
    assert_eq!(read("1234567e-6"), amount("1.234567"));
    assert_eq!(read("0e999999999999"), amount("0"));
    assert_eq!(read("1e-7"), Err(vec![Problem::Amount(MoneyError::TooManyDecimals)]));
    assert_eq!(read("1e-999999999999"), Err(vec![Problem::Amount(MoneyError::TooManyDecimals)]));
    assert_eq!(read("1e9"), Err(vec![Problem::Amount(MoneyError::TooLarge)]));
    assert_eq!(read("1e999999999999"), Err(vec![Problem::Amount(MoneyError::TooLarge)]));
    assert_eq!(read("-1e2"), Err(vec![Problem::Amount(MoneyError::Negative)]));
}

#[test]
fn lists_hold_at_most_a_hundred_items() {
    let events = |n: usize| json!({ "9.4": { "events": vec![json!({ "spend_wan": "1" }); n] } });
    assert!(paths(minimal(events(100))).is_empty());
    assert_eq!(paths(minimal(events(101))), ["claims.9.4.events"]);
}

#[test]
fn a_choice_listed_twice_is_refused() {
    let found = paths(json!({
        "format": FORMAT, "version": 1,
        "entity": { "data_fields": ["security", "security"] }
    }));
    assert_eq!(found, ["entity.data_fields[1]"]);
}

#[test]
fn a_measure_in_two_projects_is_refused() {
    let found = paths(json!({
        "format": FORMAT, "version": 1, "entity": {},
        "projects": [
            { "measures": ["6.1a", "4.2a"] },
            { "measures": ["7", "6.1a"] }
        ]
    }));
    assert_eq!(found, ["projects[1].measures[1]"]);
    let error = Answers::from_value(
        &(json!({
            "format": FORMAT, "version": 1, "entity": {},
            "projects": [ { "measures": ["6.1a"] }, { "measures": ["6.1a"] } ]
        })),
    );
    let found = error.err().map(|e| problems(&e)).unwrap_or_default();
    assert_eq!(found, [("projects[1].measures[0]".to_string(), Problem::MeasureInTwoProjects { first_project: 0 })]);
}

#[test]
fn projects_name_real_measures_with_amounts() {
    let found = paths(json!({
        "format": FORMAT, "version": 1, "entity": {},
        "projects": [
            { "measures": ["6.1a", "6.1a"] },
            { "measures": ["5.2"] },
            { "measures": ["11"] },
            { "measures": [] },
            { "name": "x" },
            { "measures": ["7"], "other_xicheng_support_wan": "-1", "owner": "y" }
        ]
    }));
    assert_eq!(
        found,
        [
            "projects[0].measures[1]",
            "projects[1].measures[0]",
            "projects[2].measures[0]",
            "projects[3].measures",
            "projects[4].measures",
            "projects[5].owner",
            "projects[5].other_xicheng_support_wan",
        ]
    );
}

#[test]
fn a_refused_amount_keeps_its_reason() {
    let error = Answers::from_value(&(minimal(json!({ "6.1a": { "national_pilot": true, "investment_wan": "-5" } }))))
        .err()
        .unwrap_or(AnswersError { errors: vec![] });
    assert_eq!(problems(&error), [("claims.6.1a.investment_wan".to_string(), Problem::Amount(MoneyError::Negative))]);
}

#[test]
fn a_key_given_twice_is_refused_at_its_path() {
    let text = format!(
        r#"{{"format": "{FORMAT}", "version": 1, "entity": {{}}, "claims": {{"6.1a": {{"national_pilot": true, "investment_wan": "8000"}}, "6.1a": {{"national_pilot": false}}}}}}"#
    );
    let error = Answers::from_json(&text).err().unwrap_or(AnswersError { errors: vec![] });
    assert_eq!(problems(&error), [("claims.6.1a".to_string(), Problem::RepeatedKey)]);
}

#[test]
fn too_large_and_too_deep_are_said_as_such_before_reading() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let error = Answers::from_json(&deep).err().unwrap_or(AnswersError { errors: vec![] });
    assert_eq!(problems(&error), [(String::new(), Problem::TooDeep)]);
    // Brackets inside strings are text, not nesting.
    let bracketed = format!(r#"{{"format": "{FORMAT}", "version": 1, "entity": {{ "name": "{}" }}}}"#, "[".repeat(150));
    assert!(Answers::from_json(&bracketed).is_ok());
    let huge =
        format!(r#"{{"format": "{FORMAT}", "version": 1, "entity": {{}}, "x": "{}"}}"#, "a".repeat(MAX_FILE_BYTES));
    let error = Answers::from_json(&huge).err().unwrap_or(AnswersError { errors: vec![] });
    assert_eq!(problems(&error), [(String::new(), Problem::TooLarge)]);
}

#[test]
fn the_size_limit_counts_the_characters_written_not_how_they_were_escaped() {
    for (plain, escaped) in
        [("é", r"\u00e9"), ("😀", r"\ud83d\ude00"), ("\n", r"\n"), ("a", r"\u0061"), ("名", r"\u540d")]
    {
        assert_eq!(written_size(plain), written_size(escaped), "{escaped}");
    }
    // A text exactly at the limit is read; a byte more is too large, escaped or not.
    let at_limit = |filler: &str, count: usize| {
        let text =
            format!(r#"{{"format": "{FORMAT}", "version": 1, "entity": {{}}, "x": "{}"}}"#, filler.repeat(count));
        check_bounds(&text).err().map(|e| e.problem)
    };
    let frame = written_size(&format!(r#"{{"format": "{FORMAT}", "version": 1, "entity": {{}}, "x": ""}}"#));
    let room = MAX_FILE_BYTES - frame;
    assert_eq!(at_limit("a", room), None);
    assert_eq!(at_limit("a", room + 1), Some(Problem::TooLarge));
    assert_eq!(at_limit(r"\u0061", room), None, "six times the limit in escapes, the limit in text");
    assert_eq!(at_limit(r"\u0061", room + 1), Some(Problem::TooLarge));
    assert_eq!(at_limit(r"\u0001", MAX_FILE_BYTES * WIDEST_WRITING / 6), Some(Problem::TooLarge));
}

#[test]
fn a_name_that_would_turn_the_text_around_is_refused_and_an_arabic_name_is_not() {
    let named = |name: &str| paths(json!({ "format": FORMAT, "version": 1, "entity": { "name": name } }));
    assert_eq!(named("\u{202e}a1.6"), ["entity.name"]);
    assert_eq!(named("Data\u{2066}Co"), ["entity.name"]);
    assert!(named("شركة البيانات").is_empty());
    assert!(named("חברת נתונים בע\"מ").is_empty());
}

#[test]
fn minus_zero_reads_as_zero_whether_text_or_number() {
    for amount in [json!("-0"), json!(-0), json!("-0.0"), json!(-0.0)] {
        let answers = Answers::from_value(&minimal(
            json!({ "6.1a": { "national_pilot": true, "investment_wan": amount.clone() } }),
        ));
        let read = answers.ok().and_then(|a| a.claim("6.1a").and_then(|c| c.get("investment_wan")).cloned());
        assert_eq!(read, Some(Fact::Amount(Wan::ZERO)), "{amount}");
    }
}

#[test]
fn a_credit_code_needs_18_characters_of_its_alphabet_and_the_right_check_character() {
    // The commonly cited example, one computed here, and two whose check is 31, written 0.
    for good in ["91350100M000100Y43", "11100000000000000J", "91110102MA01ABCDE0", "911101020000000050"] {
        assert!(is_credit_code(good), "{good}");
    }
    for bad in [
        "91350100M000100Y44",  // a wrong check character
        "91350100M000100Y4",   // 17 characters
        "91350100M000100Y433", // 19
        "91350100m000100y43",  // capitals only, as on the licence
        "91350100I000100Y43",  // I, O, S, V and Z are not in the alphabet
        "9135０100M000100Y43", // a full-width digit
        "",
    ] {
        assert!(!is_credit_code(bad), "{bad}");
    }
}

#[test]
fn the_credit_code_is_checked_and_the_contact_is_a_name_like_text() {
    let entity = |entity: serde_json::Value| {
        Answers::from_value(&json!({ "format": FORMAT, "version": 1, "entity": entity }))
            .map(|a| (a.entity.credit_code, a.entity.contact))
            .map_err(|e| problems(&e))
    };
    assert_eq!(
        entity(json!({ "credit_code": " 91350100M000100Y43 ", "contact": " 张三，010-12345678 " })),
        Ok((Some("91350100M000100Y43".into()), Some("张三，010-12345678".into())))
    );
    assert_eq!(entity(json!({ "credit_code": "", "contact": "" })), Ok((None, None)));
    assert_eq!(entity(json!({ "credit_code": null, "contact": null })), Ok((None, None)));
    let refused = |problem| Err(vec![("entity.credit_code".to_string(), problem)]);
    assert_eq!(entity(json!({ "credit_code": "91350100M000100Y44" })), refused(Problem::BadCreditCode));
    assert_eq!(entity(json!({ "credit_code": "91350100m000100y43" })), refused(Problem::BadCreditCode));
    assert_eq!(entity(json!({ "credit_code": 913501 })), refused(Problem::WrongType(Expected::Text)));
    assert_eq!(entity(json!({ "credit_code": "9".repeat(201) })), refused(Problem::TooLong));
    let contact = |problem| Err(vec![("entity.contact".to_string(), problem)]);
    assert_eq!(entity(json!({ "contact": "张".repeat(201) })), contact(Problem::TooLong));
    assert_eq!(entity(json!({ "contact": "Zhang\u{202e}San" })), contact(Problem::DirectionControl));
    assert!(entity(json!({ "contact": "张".repeat(200) })).is_ok());
}

#[test]
fn the_file_writes_the_credit_code_and_the_contact_after_the_name() {
    let mut answers = Answers::from_json(EVERYTHING).unwrap_or_default();
    answers.entity.credit_code = Some("91350100M000100Y43".into());
    answers.entity.contact = Some("张三，010-12345678".into());
    let written = answers.to_value();
    let keys: Vec<&str> = written
        .get("entity")
        .and_then(|e| e.as_object())
        .map(|m| m.keys().map(String::as_str).collect())
        .unwrap_or_default();
    assert_eq!(keys, ["name", "credit_code", "contact", "operates_in_xicheng", "data_fields", "ict_industry"]);
    assert_eq!(Answers::from_json(&answers.to_json()), Ok(answers.clone()));
    // Without them the file is written as before.
    answers.entity.credit_code = None;
    answers.entity.contact = None;
    let entity = answers.to_value().get("entity").cloned().unwrap_or_default();
    assert!(entity.get("credit_code").is_none() && entity.get("contact").is_none());
}

#[test]
fn the_new_questions_of_2_1_and_6_2_and_the_new_beijing_results_are_read_and_written() {
    let answers = Answers::from_value(&minimal(json!({
        "2.1": { "key_entity": true, "leads_key_task": true, "key_task_name": " 城市数据治理 ", "key_task_level": "national" },
        "4.2c": { "entries": [ { "beijing": "second_prize" }, { "name": "赛道", "beijing": "third_prize" } ] },
        "6.2": { "rents_compute": true, "compute_rent_paid_wan": "150" }
    })));
    let answers = answers.unwrap_or_default();
    let fact = |id: &str, key: &str| answers.claim(id).and_then(|c| c.get(key)).cloned();
    assert_eq!(fact("2.1", "key_task_name"), Some(Fact::Text("城市数据治理".into())));
    assert_eq!(fact("2.1", "key_task_level"), Some(Fact::Choice("national")));
    assert_eq!(fact("6.2", "compute_rent_paid_wan"), Some(Fact::Amount(Wan::whole(150))));
    let beijing = |item: &Facts| item.get("beijing").cloned();
    let entries = match fact("4.2c", "entries") {
        Some(Fact::List(items)) => items.iter().map(beijing).collect(),
        _ => Vec::new(),
    };
    assert_eq!(entries, [Some(Fact::Choice("second_prize")), Some(Fact::Choice("third_prize"))]);
    assert_eq!(Answers::from_json(&answers.to_json()), Ok(answers.clone()));

    let found = paths(minimal(json!({
        "2.1": { "leads_key_task": true, "key_task_level": "district" },
        "4.2c": { "entries": [ { "beijing": "fourth_prize" } ] },
        "6.2": { "rents_compute": true, "compute_rent_paid_wan": "-1" }
    })));
    assert_eq!(
        found,
        ["claims.2.1.key_task_level", "claims.4.2c.entries[0].beijing", "claims.6.2.compute_rent_paid_wan"]
    );
}

#[test]
fn a_name_counts_characters_after_trimming_the_same_everywhere() {
    let emoji = "😀".repeat(MAX_TEXT_CHARS);
    assert_eq!(name_as_kept(&emoji), emoji, "200 emoji fit the box");
    assert_eq!(name_as_kept(&format!("{emoji}😀")), emoji, "the 201st does not");
    assert_eq!(name_as_kept(&format!("  {emoji}  ")), format!("  {emoji}"), "spaces before are kept, not counted");
    assert_eq!(name_as_kept("示例 "), "示例 ", "a space typed between words stays");
    // The limit inside one emoji of five characters joined by U+200D: the emoji goes whole.
    let almost = "名".repeat(MAX_TEXT_CHARS - 1);
    assert_eq!(name_as_kept(&format!("{almost}👨\u{200d}👩\u{200d}👧")), almost);
    assert_eq!(name_as_kept(&format!("{almost}e\u{301}x")), almost, "a letter goes with its accent");
    assert_eq!(name_as_kept(&format!("{almost}👍🏽")), almost, "a thumb goes with its skin tone");
    assert_eq!(name_as_kept(&format!("{almost}😀😀")), format!("{almost}😀"), "two emoji are two characters");
    let file = |name: &str| {
        minimal(json!({})).as_object().cloned().map(|mut file| {
            file.insert(
                "entity".into(),
                json!({ "name": name, "operates_in_xicheng": true, "data_fields": ["development"] }),
            );
            serde_json::Value::Object(file)
        })
    };
    for (name, fits) in [(emoji.clone(), true), (format!("   {emoji}   "), true), (format!("{emoji}😀"), false)] {
        let read = file(&name).map(|f| Answers::from_value(&f).is_ok());
        assert_eq!(read, Some(fits), "{} characters", name.chars().count());
    }
}

#[test]
fn a_file_is_read_as_utf_8_or_utf_16_with_its_mark_and_nothing_else_is_guessed() {
    let json = r#"{"name": "示例"}"#;
    assert_eq!(text_of_file(json.as_bytes()).as_deref(), Ok(json));
    let with_mark = [&[0xef, 0xbb, 0xbf][..], json.as_bytes()].concat();
    assert_eq!(text_of_file(&with_mark).as_deref(), Ok(json));
    let le: Vec<u8> = [0xff, 0xfe].into_iter().chain(json.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let be: Vec<u8> = [0xfe, 0xff].into_iter().chain(json.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    assert_eq!(text_of_file(&le).as_deref(), Ok(json));
    assert_eq!(text_of_file(&be).as_deref(), Ok(json));
    // "示例" in GBK is CA BE C0 FD. CA BE happens to be UTF-8 too ("ʾ", which is how a guessing
    // reader shows it); C0, byte 13, cannot be: it is named, counting from 1.
    let gbk = [&br#"{"name": ""#[..], &[0xca, 0xbe, 0xc0, 0xfd], &br#""}"#[..]].concat();
    let refused = |bytes: &[u8]| text_of_file(bytes).err().map(|e| problems(&e));
    assert_eq!(refused(&gbk), Some(vec![(String::new(), Problem::NotUtf8 { at: 13 })]));
    assert_eq!(refused(&[b'{', 0xff, b'}']), Some(vec![(String::new(), Problem::NotUtf8 { at: 2 })]));
    assert!(refused(&le[..le.len() - 1]).is_some(), "half a UTF-16 unit");
    assert!(refused(&[0xff, 0xfe, 0x00, 0xd8]).is_some(), "an unpaired surrogate");
}

/// An answer of `spec`'s kind that the reader accepts, as a file writes it.
fn some_answer(spec: &crate::policy::FactSpec) -> serde_json::Value {
    use crate::policy::FactKind;
    match &spec.kind {
        FactKind::Flag => json!(true),
        FactKind::Count => json!(2),
        FactKind::Amount => json!("150"),
        FactKind::Text => json!("某项目"),
        FactKind::Choice(choices) => json!(choices.first().map(|c| c.key)),
        FactKind::Choices(choices) => json!(choices.iter().map(|c| c.key).collect::<Vec<_>>()),
        FactKind::List(_) => json!([]),
    }
}

#[test]
fn a_follow_up_answered_though_not_asked_is_dropped_unread_from_files_links_and_exports() {
    let mut follow_ups = 0;
    for measure in crate::policy::MEASURES {
        for spec in measure.facts.iter().filter(|spec| spec.asked_when.is_some()) {
            follow_ups += 1;
            // Every other question answered "no" or zero, as a file of an earlier release may
            // hold it after the user changed the opener to "no"; the follow-up answered.
            let mut claim = serde_json::Map::new();
            for other in measure.facts.iter().filter(|other| other.asked_when.is_none()) {
                let closed = match other.kind {
                    crate::policy::FactKind::Flag => json!(false),
                    crate::policy::FactKind::Count => json!(0),
                    _ => continue,
                };
                claim.insert(other.key.into(), closed);
            }
            claim.insert(spec.key.into(), some_answer(spec));
            let file = minimal(json!({ measure.id: claim }));
            let answers = Answers::from_value(&file);
            let read = answers.as_ref().ok().and_then(|a| a.claim(measure.id));
            assert!(read.is_some_and(|facts| !facts.is_empty()), "{}: the claim opens", measure.id);
            assert_eq!(read.and_then(|facts| facts.get(spec.key)), None, "{}.{} is dropped", measure.id, spec.key);
            // With its opener not answered at all, the same.
            let alone = Answers::from_value(&minimal(json!({ measure.id: { spec.key: some_answer(spec) } })));
            let read = alone.as_ref().map(|a| a.claim(measure.id).map(|facts| facts.get(spec.key)));
            assert_eq!(read, Ok(Some(None)), "{}.{} without its opener opens, dropped", measure.id, spec.key);
            let answers = answers.unwrap_or_default();
            let exported = answers.to_json();
            assert!(!exported.contains(&format!("\"{}\"", spec.key)), "{}.{} is exported", measure.id, spec.key);
            assert_eq!(Answers::from_link_text(&answers.to_link_text()), Ok(answers.clone()));

            // Opened, the same answer is read.
            let opener = spec.asked_when.as_ref().map(|test| match test {
                crate::policy::Test::Flag(key) => (*key, json!(true)),
                crate::policy::Test::AnyCount(keys) => (keys.first().copied().unwrap_or_default(), json!(1)),
                other => panic!("{}.{}: a follow-up test of another kind: {other:?}", measure.id, spec.key),
            });
            if let Some((key, value)) = opener {
                claim.insert(key.into(), value);
            }
            let opened = Answers::from_value(&minimal(json!({ measure.id: claim }))).unwrap_or_default();
            assert!(
                opened.claim(measure.id).and_then(|facts| facts.get(spec.key)).is_some(),
                "{}.{} is read once asked",
                measure.id,
                spec.key
            );
        }
    }
    assert_eq!(follow_ups, 11);
}

#[test]
fn a_bad_answer_to_a_question_not_asked_is_no_error() {
    let file = minimal(json!({ "6.2": { "rents_compute": false, "compute_rent_paid_wan": "abc" } }));
    assert_eq!(paths(file), Vec::<String>::new());
    let file = minimal(json!({ "6.2": { "rents_compute": true, "compute_rent_paid_wan": "abc" } }));
    assert_eq!(paths(file), ["claims.6.2.compute_rent_paid_wan"]);
}

/// The export is written as serde's derived writer wrote it (commit 5e0d9ed, checked byte for
/// byte), with the rules' edition after the version since 2026-12-05: keys in the file's order,
/// two-space indentation, amounts as strings.
#[test]
fn the_export_is_written_as_before_with_the_rules_edition() {
    let text = include_str!("../../tests/links/new-questions.json");
    let answers = Answers::from_json(text).unwrap_or_default();
    let exported = answers.to_json();
    let edition = crate::policy::edition();
    let head = format!(
        "{{\n  \"format\": \"xicheng-data-awards/answers\",\n  \"version\": 1,\n  \"edition\": \"{edition}\",\n  \"entity\": {{\n    \"name\": "
    );
    assert!(exported.starts_with(&head), "{exported}");
    assert_eq!(Answers::edition_of(&exported), Some(edition));
    assert_eq!(Answers::edition_of(text), None, "a file of an earlier release names none");
    assert_eq!(Answers::from_json(&exported).as_ref(), Ok(&answers), "the edition is no answer");
    assert!(
        exported.contains("\"contact\": \"张三，010-12345678\",\n    \"operates_in_xicheng\": true,"),
        "{exported}"
    );
    assert!(exported.contains("\"projects\": [\n    {\n      \"name\": \"算力中心一期\",\n      \"measures\": [\n        \"6.1b\",\n        \"6.2\"\n      ],\n      \"other_xicheng_support_wan\": \"12.25\"\n    }\n  ]\n}"), "{exported}");
}
