//! English: every text of the app, in the glossary's terms.

use super::{isolate, title_of, CalcWords, Texts};
use crate::answers::{
    Expected, Problem, FORMAT, MAX_COUNT, MAX_DEPTH, MAX_FILE_BYTES, MAX_ITEMS, MAX_TEXT_CHARS, VERSION,
};
use crate::date::Date;
use crate::engine::{Basis, ProjectResult, Status};
use crate::lang::Lang;
use crate::money::{group_thousands, MoneyError, Wan};

/// "1 measure", "2 measures": the word with its number, singular for exactly one.
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub const EN: Texts = Texts {
    answer_no: "No",
    answer_none: "None of these",
    answer_yes: "Yes",
    app_title: "Xicheng data-industry award self-check",
    area_ict_only: "This award is only for organisations in the information transmission, software and IT services industry. On the organisation page you answered No to that question, or left it blank, so it cannot be given even if the other conditions are met.",
    area_lead: "Answer each question. If something does not apply, choose No or leave it blank. The policy's own words are under each award.",
    area_service_note: "not added to the total",
    areas_hint: "Tick every area that applies to your organisation. You will only be asked about the areas you tick.",
    areas_title: "Which activities apply to your organisation?",
    basics_title: "About your organisation",
    check_areas: "Areas chosen",
    name_at_limit: |limit| format!("This is the limit of {limit} characters: anything typed beyond it is not kept."),
    check_change: "Change",
    check_unanswered: "Not answered",
    check_answer: "Answer",
    check_see_results: "See your estimate",
    check_title: "Check your answers",
    clear_confirm: "Clear all your answers? Those saved on this device go too.",
    clear_confirm_yes: "Clear my answers",
    clause_reading: "This tool's reading (the Xicheng District Data Bureau decides):",
    clause_show_text: "show the policy's words",
    clause_source: "Source:",
    error_choose_area: "Choose at least one area",
    error_choose_yes_no: "Choose yes or no",
    error_prefix: "Error:",
    error_summary_title: "There is a problem",
    hint_amount: "In 10,000 yuan (万元), for example 8000 or 1,234.5",
    hint_count: "A whole number; 0 if none",
    import_button: "Import an answers file",
    import_unreadable: "It could not be read (it may be incomplete).",
    layout_demo: "Demo mode: nothing is saved on this device, and every answer is cleared when the page is closed.",
    layout_start_over: "Start over",
    idle_title: "Are you still there?",
    idle_body: |seconds| format!("In {seconds} seconds every answer will be cleared and the self-check will go back to the start for the next visitor."),
    idle_continue: "Continue",
    start_own_title: "Check your own organisation",
    samples_title: "Try a sample organisation",
    samples_hint: "These organisations are fictional. Tap one to load its answers and see its results.",
    sample_button: |title| format!("Sample: {title}"),
    separator: " · ",
    space: " ",
    hand_off_button: "Continue on your phone",
    hand_off_hint: "Scan the code with your phone's camera to open this self-check on the phone. The answers are held in the code itself and never pass through a server; the organisation's name, credit code and contact are not in it.",
    hand_off_code: "QR code of the link that opens this self-check on a phone",
    hand_off_length: |n| format!("The link has {n} characters."),
    hand_off_unreachable: |host| format!("This code would lead to {host}, which a visitor's phone cannot open (it is this computer or a local network). Add ?public= with the self-check's public address (such as its page on the district's website) to this page's address, then show the code."),
    hand_off_too_long: "Too many answers for a code a phone could read reliably, so none is shown. Export the answers file, or copy the link, instead.",
    layout_language_name: "English",
    layout_provided_by: "Policy: 西行规发〔2025〕6号 (Xicheng District)",
    layout_embed_unheard: "This frame cannot fit its content (the page around it is set up for another address): scroll inside it.",
    layout_open_full: "Open the full self-check in a new tab",
    layout_offline: "Available offline: this device holds every file of the self-check, so it opens without a network connection.",
    layout_privacy: "Your answers are processed only on this device and are never sent anywhere.",
    layout_skip: "Skip to main content",
    list_add: "Add one",
    list_empty: "None added yet.",
    list_remove: "Remove",
    list_separator: ", ",
    nav_back: "Back",
    nav_continue: "Continue",
    notice_cleared: "The answers saved on this device have been cleared.",
    notice_undo_clear: "Undo",
    notice_dismiss: "Dismiss",
    notice_import_refused: "The file could not be imported; your current answers are unchanged. Reason:",
    notice_imported: "The answers file has been imported. Please check the answers.",
    notice_imported_other_edition: |file, now| {
        format!("The answers file has been imported. Please check the answers. It was exported under rules edition {file}; the results are worked out under the current edition {now}, so amounts or conditions may differ from then.")
    },
    notice_not_in_force: "Note: this date is outside the policy's validity.",
    notice_saved_unreadable: "The answers saved on this device could not be read, and the self-check starts afresh. Reason:",
    notice_share_unreadable: "The share link could not be read; your current answers are unchanged. Reason:",
    notice_shared_unverified: "The answers from the link are loaded. It is a link of an older form, which cannot be checked for being cut or changed on the way: please check every answer.",
    notice_shared_applied: "The answers in the link have been loaded. Please check them.",
    projects_add: "Add a project",
    projects_example: "For example, a trusted data space that is rated a national pilot or demonstration project (Article 6(1)) and is also a demonstration application scenario (Article 4(2)).",
    projects_lead: "Article 10(2): where one project or matter qualifies under these Measures and another Xicheng District special support policy, support follows \"highest and best, never twice\". This tool's reading: several measures of these Measures that are one project also count once, at the highest, less other support received; the Xicheng District Data Bureau decides any deduction or choice. If so, group them here; if not, just continue.",
    projects_measures: "Measures that belong to this project",
    projects_name: "Project name (optional)",
    project_n: |n| format!("Project {n}"),
    project_remove_n: |n| format!("Remove project {n}"),
    projects_support: "Support already received for this project under another Xicheng District policy (in 10,000 yuan)",
    projects_support_hint: "Optional. This tool's reading: it is deducted from the project's highest amount; the Xicheng District Data Bureau decides any deduction or choice.",
    projects_title: "Are any of these the same project?",
    projects_too_few: "You have claimed fewer than two measures, so there is usually nothing to group.",
    report_answers: "Your answers",
    report_date: "Date of the self-assessment",
    report_disclaimer: "This report was generated by the self-check from your answers. It is for reference only and is not a commitment. Every amount is an upper limit.",
    report_disclaimer_title: "Please note",
    report_title: "Self-assessment report",
    overview_title: "Awards at a glance",
    overview_award: "Award",
    overview_clause: "Clause",
    overview_amount: "Up to (CNY million)",
    overview_merged: |kept| format!("included in \u{201c}{kept}\u{201d}; not counted again"),
    card_assessed: "Assessed by the Xicheng Data Bureau (the tool does not judge it):",
    card_assessed_shown_by: "Suggested evidence: ",
    card_more: "The calculation, the conditions met and the clause",
    results_contents: "On this page",
    results_answers_show: "See all your answers",
    results_others_show: "See these measures and their conditions",
    results_disclaimer_more: "What is not estimated, and the edition of the rules",
    overview_netted: |support| format!(" (less other support of {})", support.millions()),
    overview_services: |list| format!("Services you can apply for or ask about (no stated amount, not added to the total): {list}"),
    overview_near: |n| {
        let awards = plural(n, "more award needs a condition", "more awards need conditions");
        format!("{awards} you do not meet yet: see below.")
    },
    overview_basis: "Based on",
    basis_short: |basis| match basis {
        Basis::Figures => "your figures",
        Basis::Ceiling => "clause maximum",
    },
    basis_long: |basis| match basis {
        Basis::Figures => "This amount is decided by the figures you gave (filings, investment, amounts paid); it is still an upper limit, and the Xicheng District Data Bureau sets the award.",
        Basis::Ceiling => "This amount is the clause's maximum: the Xicheng District Data Bureau sets the award within it, which may be much lower.",
    },
    headline_split: |figures, ceilings| {
        let lead = "Every amount is an upper limit: the Xicheng District Data Bureau sets each award within it.";
        let by_figures = "decided by the figures you gave (filings, prizes, investment, amounts paid)";
        let maxima = "the clauses' maximum, and the amount set may be much lower";
        match (figures, ceilings) {
            (Some(figures), Some(ceilings)) => format!("{lead} Of this, {figures} is {by_figures}; {ceilings} is {maxima}."),
            (Some(_), None) => format!("{lead} All of it is {by_figures}."),
            (None, Some(_)) => format!("{lead} All of it is {maxima}."),
            (None, None) => lead.to_string(),
        }
    },
    merged_into_title: |title| format!("Same project as \u{201c}{title}\u{201d}: a project is counted once, at its highest award (\"highest and best, never twice\"), so this one is not counted."),
    next_title: "Next steps",
    next_lead: "Application rounds, forms and required documents are set out in the Xicheng District Data Bureau's application notices. This tool does not replace the application or the bureau's decision.",
    next_keep: "Keep the exported answers file and this report: they help you fill in the application.",
    next_evidence_hint: "For each award: what you answered Yes to or gave a figure for, what the Xicheng Data Bureau assesses, and the kind of document that usually shows it (a suggestion only; the application notice sets what is required and the period it must cover).",
    next_to_add: "Not answered yet",
    item_question: numbered,
    numbered_item: numbered,
    clause_after: |clause| format!(" ({clause})"),
    issued_by_on: |issuer, day| format!("{issuer}, {day}"),
    device_save_failed: "Your answers could not be saved on this device (the browser's storage may be full). Before you leave, export the answers file from the results page so that nothing is lost.",
    device_other_tab: "The self-check open in another window changed the answers saved on this device. Which answers do you want to keep? Until you choose, this window saves nothing over them.",
    device_take_other: "Use the other window's answers",
    device_keep_mine: "Keep the answers in this window",
    device_download_set_aside: "Download the record that could not be read",
    device_set_aside: "Answers saved on this device that could not be read are kept aside, unchanged (not deleted). Download them to keep them, or delete them once you are sure you do not need them.",
    device_set_aside_at: "Set aside: ",
    device_unread_in_place: "The answers saved on this device could not be read, and the storage is full, so they could not be set aside: they are still on this device, unchanged. Until you download or delete them, new answers are not saved on this device, so as not to overwrite them.",
    device_delete_set_aside: "Delete this record",
    link_destination: "The link leads to: ",
    link_foreign: |host| format!("Note: the link leads to another site ({host}), not this page's own."),
    labelled: |label, text| format!("{label}: {text}"),
    item_details: with_details,
    measure_with_clause: with_details,
    // A heading of the printed answers: a bracket breaks these long titles one line worse.
    answers_group: |title, clause| format!("{title} · {clause}"),
    typed_amount: |typed| format!("{typed} (in 10,000 yuan)"),
    report_code_hint: "The code on page 1 is this link: scan it or open the link to see the same answers and figures on any device (the link holds no name, credit code or contact).",
    report_foot: |number, edition, day| {
        format!("{number} · Rules edition {edition} · Date of the self-assessment: {}", english_date(day))
    },
    report_edition: |number, edition| format!("Worked out under {number}, rules edition {edition}."),
    // "Number of filings: 1", "Does it …? (a note) Yes": a colon where no question is asked.
    next_answered: |question, answer| {
        if question.chars().any(|c| c == '?') {
            format!("{question} {answer}")
        } else {
            format!("{question}: {answer}")
        }
    },
    next_assessed: |test| format!("Assessed by the Xicheng Data Bureau: {test}"),
    next_other_support: "If the same project or matter has already received support under another Xicheng District policy, the application will ask about it. Because a project is counted once, at the highest award (\"highest and best, never twice\"), this award may then be reduced or not given.",
    next_services: "Services have no stated amount; the application notice says how to apply.",
    evidence_label: "Suggested evidence",
    report_not_applicable: "Appendix: measures not claimed or not met",
    report_appendix: "Appendix: the policy's words",
    report_appendix_hint: "The clauses this report refers to, in the policy's order, each once.",
    report_page_css: "\"Page \" counter(page) \" of \" counter(pages)",
    results_awards: "Awards you may be able to claim",
    results_awards_potential: "Awards you could claim if you operated in Xicheng District",
    results_calculation: "Calculation:",
    results_change: "Change your answers",
    results_fix_first: "Some answers need fixing first",
    results_near: "You could also qualify if …",
    results_near_hint: "You meet some conditions of these measures; what is missing comes first.",
    results_no_field: "The Measures do not apply",
    results_no_field_detail: "Article 1: the Measures apply to organisations working in data collection and aggregation, computing and storage, circulation and trading, development and use, security and governance, or data infrastructure construction. You chose none of these fields, so there is no award to estimate.",
    results_not_eligible: "Measures you do not qualify for yet",
    results_nothing_claimed: "You have not claimed any measure. You can go back and change your answers.",
    results_potential_detail: "Your organisation does not operate in Xicheng District yet: this is what it could get if it operated there legally. Its total today is 0.",
    results_potential_label: "If you operated in Xicheng District, in total",
    results_projects: "Projects counted once (\"highest and best, never twice\"; this tool's reading, the Xicheng District Data Bureau decides any deduction or choice)",
    results_services: "Services you can apply for or ask about",
    results_services_hint: "These have no stated amount and are not added to the total.",
    results_start_again: "Clear my answers and start again",
    results_title: "Your estimate",
    results_total_label: "In total",
    results_up_to: "up to",
    running_label: "Estimate from your answers so far:",
    running_potential_label: "Estimate from your answers so far, if you operated in Xicheng District:",
    running_unreadable: "Some answers cannot be read yet; the estimate shows once they can.",
    share_prompt_accept: "Use the answers in the link",
    share_prompt_body: "The link you opened carries a set of answers. Using them replaces the answers on this device.",
    share_prompt_decline: "Keep my current answers",
    share_prompt_title: "Use the answers from this share link?",
    start_button: "Start now",
    start_clear: "Clear my saved answers",
    start_disclaimer: "The results are for reference only: the Xicheng District Data Bureau decides every award and its amount.",
    start_have_file: "Have an answers file?",
    start_have_file_hint: "Import an answers file (.json) you exported earlier and go straight to checking your answers.",
    start_issued: "Issued by",
    start_lead: "Answer a few groups of questions about your organisation's data business and see which awards may apply, up to how much, how each figure is worked out, and the clause it comes from.",
    start_policy: "Policy",
    start_privacy: "Your answers never leave this device.",
    start_resume: "Continue where you left off",
    start_review_from_start: "Review from the start",
    start_storage: "Your answers are saved automatically in this browser on this device; you can clear them at any time.",
    start_storage_demo: "In demo mode no answer is saved.",
    start_storage_refused: "This browser does not let this page save anything here, so your answers are not saved; to keep them, export the answers file from the results page.",
    start_time: "How much it asks depends on the areas you choose: with 2 or 3 areas, their pages hold 15 to 23 questions, and with the organisation page and the check there are 8 or 9 screens; each further area adds one.",
    start_title: "Xicheng data-industry award self-check",
    start_valid: "In force",
    start_who: "For companies, research institutes and other organisations operating legally in Xicheng District in a data-industry field; one not yet there can see what it might claim after settling in the district.",
    tools_export: "Export the answers file",
    tools_print: "Print or save as PDF",
    tools_share: "Make a share link",
    tools_share_hint: "The answers are in the part of the link after \"#\", which browsers never send to any server. Anyone with the link can see your answers; the organisation's name, credit code and contact are not in it.",
    tools_copy: "Copy the link",
    tools_copied: "Link copied.",
    tools_copy_refused: "The link is selected: copy it with your device's copy command.",
    tools_share_label: "Share link",
    tools_title: "Save and share",
    unit_wan: "10,000 yuan",

    areas_measures: |n| plural(n, "measure", "measures"),
    import_more: |n| format!("… and {}", plural(n, "more problem", "more problems")),
    list_item_n: |n| format!("No. {n}"),
    notice_not_in_force_detail: |from, until, today| {
        let (from, until, today) = (english_date(from), english_date(until), english_date(today));
        format!("The Measures are in force from {from} to {until}; today is {today}. The amounts below are only indicative.")
    },
    step_of: |n, total| format!("Step {n} of {total}"),
    status,

    date: english_date,
    date_to: " to ",
    // The glossary's "CNY 5 million", for every amount of a page alike ("CNY 0.3 million"), as
    // the policy's ceilings are written in English.
    money: |amount| format!("CNY {} million", amount.millions()),
    overview_figure: |amount| amount.millions(),
    money_error,
    problem,
    project,
    calc: CalcWords {
        up_to: |cap| format!("up to {cap}"),
        cap_each_cut: |cap| format!("> {cap} cap each → {cap}"),
        cap_each_within: |cap| format!("≤ {cap} cap each"),
        cap_cut: |cap| format!(" > {cap} cap → {cap}"),
        cap_within: |cap| format!(" ≤ {cap} cap"),
        limit_cut: |label, value| format!("; no more than the {label} {value} → {value}"),
        limit_within: |label, value| format!(" (within the {label} {value})"),
        unit: " (in 10,000 yuan)",
        result: |amount| format!(", that is CNY {} million", amount.millions()),
    },
};

/// "No. 2: …": a list item's question or answers, by its place.
fn numbered(n: usize, text: &str) -> String {
    format!("No. {n}: {text}")
}

/// A thing with its details or clause in brackets: "Medical data track (Beijing, first prize)".
fn with_details(item: &str, details: &str) -> String {
    format!("{item} ({details})")
}

/// "14 October 2025".
fn english_date(day: Date) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = MONTHS.get(usize::from(day.month()).saturating_sub(1)).copied().unwrap_or_default();
    format!("{} {month} {}", day.day(), day.year())
}

fn status(status: Status) -> &'static str {
    match status {
        Status::Eligible => "Appears to qualify (the Xicheng Data Bureau decides)",
        Status::Potential => "Would appear to qualify in Xicheng District (the Xicheng Data Bureau decides)",
        Status::NotEligible => "Does not qualify yet",
        Status::ServiceOnly => "A service you can apply for or ask about",
        Status::NotClaimed => "Not claimed",
    }
}

fn money_error(error: &MoneyError) -> &'static str {
    match error {
        MoneyError::Empty => "Enter an amount in 10,000 yuan",
        MoneyError::NotANumber => "Enter the amount in figures, like 1234.5",
        MoneyError::SeveralDecimalPoints => "An amount can have only one decimal point",
        MoneyError::MisplacedSeparator => "Thousands separators are in the wrong place: write 1,234.5 or 1234.5",
        MoneyError::Exponent => "Write the number out in full, like 100000, not 1e5",
        MoneyError::Negative => "The amount cannot be negative",
        MoneyError::TooManyDecimals => "Use at most 6 decimal places (that is, to the fen)",
        MoneyError::TooLarge => "The amount cannot be more than 100,000,000 (in 10,000 yuan)",
    }
}

fn expected(expected: Expected) -> &'static str {
    match expected {
        Expected::Object => "an object {…}",
        Expected::List => "a list […]",
        Expected::YesNo => "true or false",
        Expected::WholeNumber => "a whole number",
        Expected::Amount => "an amount (like \"1234.5\")",
        Expected::Text => "text",
    }
}

fn problem(problem: &Problem) -> String {
    match problem {
        Problem::NotUtf8 { at } => {
            format!("The file is not in UTF-8 (byte {at}); a GBK file, say, cannot be read: save it as UTF-8 and import it again")
        }
        Problem::NotJson { line, column } => format!("not valid JSON (line {line}, column {column})"),
        Problem::DamagedLink => "the link is cut short or changed: ask for it again".to_string(),
        Problem::TooLarge => {
            format!("Too large to be answers of this tool (more than {} KB)", MAX_FILE_BYTES / 1000)
        }
        Problem::TooDeep => format!("Too deeply nested to be answers of this tool (more than {MAX_DEPTH} levels)"),
        Problem::RepeatedKey => "is given twice (the second would silently replace the first; keep one)".into(),
        Problem::DirectionControl => "holds characters that change the direction of text (U+202A–U+202E, U+2066–U+2069), which would make the text around it read backwards; remove them".into(),
        Problem::BadCreditCode => "the Unified Social Credit Code must be the 18 digits and capital letters on the business licence, the last a check character that matches the first 17; check it against the licence".into(),
        Problem::Missing => "is required".into(),
        Problem::UnknownKey => "is not a field of the answers file (check the spelling)".into(),
        Problem::WrongType(wanted) => format!("must be {}", expected(*wanted)),
        Problem::WrongFormat => format!("is not this tool's answers file (expected \"{FORMAT}\")"),
        Problem::UnsupportedVersion(v) => format!("version {v} cannot be read; this tool reads version {VERSION}"),
        Problem::Amount(error) => money_error(error).into(),
        Problem::CountOutOfRange => format!("must be a whole number from 0 to {MAX_COUNT}"),
        Problem::UnknownChoice(allowed) => format!("must be one of: {}", allowed.join(", ")),
        Problem::ListedTwice => "is listed twice".into(),
        Problem::TooManyItems => format!("can hold at most {MAX_ITEMS} items"),
        Problem::TooLong => format!("can be at most {MAX_TEXT_CHARS} characters"),
        Problem::UnknownMeasure => "is not a measure ID of the policy".into(),
        Problem::ServiceInProject => "is a service without an amount and cannot be grouped in a project".into(),
        Problem::EmptyProject => "a project needs at least one measure".into(),
        Problem::MeasureInTwoProjects { first_project } => {
            format!("is already in projects[{first_project}]; a measure belongs to one project only")
        }
    }
}

fn project(result: &ProjectResult) -> String {
    let name = result.name.as_deref().map_or_else(|| "Unnamed project".into(), isolate);
    let Some(kept) = result.kept else {
        return format!("\u{201c}{name}\u{201d}: none of its measures qualifies, so it adds nothing.");
    };
    let figure = |amount: Wan| group_thousands(amount.decimal());
    let (highest, counted) = (figure(result.highest), figure(result.counted));
    let kept = title_of(kept, Lang::En);
    let mut text = format!(
        "\u{201c}{name}\u{201d} is one project, so it is counted once, at its highest award (\"highest and best, never twice\"): \u{201c}{kept}\u{201d} ({highest})"
    );
    if !result.merged.is_empty() {
        let merged: Vec<String> = result
            .merged
            .iter()
            .map(|(id, amount)| format!("\u{201c}{}\u{201d} ({})", title_of(id, Lang::En), figure(*amount)))
            .collect();
        text.push_str(&format!("; {} not counted again", merged.join(", ")));
    }
    if result.other_xicheng_support.is_zero() {
        text.push_str(&format!(": it adds {counted} (in 10,000 yuan)."));
    } else {
        let support = figure(result.other_xicheng_support);
        text.push_str(&format!(
            "; less {support} already received under another Xicheng policy, it adds {counted} (in 10,000 yuan)."
        ));
    }
    text
}
