//! The one text layer: every word the app shows, in Chinese and in English, as typed values.
//!
//! A language is one [`Texts`] value ([`zh::ZH`], [`en::EN`]); a text missing from either is a
//! compile error, and texts with numbers in them are functions, so plurals are written out
//! ("1 more problem", "2 more problems"). The engine and the answers reader return figures,
//! statuses, worked steps and reasons as data; this layer turns them into sentences
//! ([`calculation`], [`problem`], [`money`], [`project`]). It needs no web crate: the app, the
//! case harness and the policy review sheet all write through it.

mod answer;
mod calculation;
mod en;
mod review;
mod zh;

pub use answer::{answer, shows_something, Name};
pub use calculation::calculation;
pub use review::{ReviewTexts, REVIEW};

use crate::answers::{FieldError, Problem};
use crate::date::Date;
use crate::engine::{Basis, ProjectResult, Status};
use crate::lang::{Lang, Pair};
use crate::money::{MoneyError, Wan};
use crate::policy::{AmountText, Measure};

/// Every text of the app in one language.
pub struct Texts {
    pub answer_no: &'static str,
    pub answer_none: &'static str,
    pub answer_yes: &'static str,
    pub app_title: &'static str,
    pub area_ict_only: &'static str,
    pub area_lead: &'static str,
    pub area_service_note: &'static str,
    pub areas_hint: &'static str,
    pub areas_title: &'static str,
    pub basics_title: &'static str,
    pub check_areas: &'static str,
    /// Under a name box at its limit: what happens to anything typed beyond it.
    pub name_at_limit: fn(usize) -> String,
    pub check_change: &'static str,
    /// On "check your answers": a question of a chosen area left without an answer (an imported
    /// file need not answer them all), and its link to answer it.
    pub check_unanswered: &'static str,
    pub check_answer: &'static str,
    pub check_see_results: &'static str,
    pub check_title: &'static str,
    /// "Clear my answers": the question, and the button that clears.
    pub clear_confirm: &'static str,
    pub clear_confirm_yes: &'static str,
    pub clause_reading: &'static str,
    pub clause_show_text: &'static str,
    pub clause_source: &'static str,
    pub error_choose_area: &'static str,
    pub error_choose_yes_no: &'static str,
    pub error_prefix: &'static str,
    pub error_summary_title: &'static str,
    pub hint_amount: &'static str,
    pub hint_count: &'static str,
    pub import_button: &'static str,
    pub import_unreadable: &'static str,
    pub layout_demo: &'static str,
    pub layout_start_over: &'static str,
    /// Demo mode's reset warning: its title, the seconds left, and the button that keeps going.
    pub idle_title: &'static str,
    pub idle_body: fn(u32) -> String,
    pub idle_continue: &'static str,
    /// Demo mode's sample organisations on the start page.
    /// At a stand, above the visitor's own start, after the samples.
    pub start_own_title: &'static str,
    pub samples_title: &'static str,
    pub samples_hint: &'static str,
    /// A sample's button: its title after the word "sample".
    pub sample_button: fn(&str) -> String,
    /// Between two parts of one line that are not one sentence (a policy's title and its validity).
    pub separator: &'static str,
    /// Between two words or nodes of one sentence that a view puts side by side (a label and its
    /// amount in bold). Chinese sets a space there too, between a word and a figure.
    pub space: &'static str,
    /// "Continue on your phone": the QR code of the share link.
    pub hand_off_button: &'static str,
    pub hand_off_hint: &'static str,
    pub hand_off_code: &'static str,
    pub hand_off_length: fn(usize) -> String,
    pub hand_off_too_long: &'static str,
    /// The code would lead to an address a visitor's phone cannot open (this machine, a local
    /// network): its host, and what to set.
    pub hand_off_unreachable: fn(&str) -> String,
    pub layout_language_name: &'static str,
    pub layout_privacy: &'static str,
    /// Shown once the service worker holds every file of this release.
    pub layout_offline: &'static str,
    /// Framed by a partner's page: who provides the self-check.
    pub layout_provided_by: &'static str,
    /// The link from a partner's frame to the standalone self-check, in a new tab.
    /// In a partner's frame whose page is not the one set to hear its height: why it scrolls.
    pub layout_embed_unheard: &'static str,
    pub layout_open_full: &'static str,
    pub layout_skip: &'static str,
    pub list_add: &'static str,
    pub list_empty: &'static str,
    pub list_remove: &'static str,
    pub list_separator: &'static str,
    pub nav_back: &'static str,
    pub nav_continue: &'static str,
    pub notice_cleared: &'static str,
    pub notice_dismiss: &'static str,
    pub notice_import_refused: &'static str,
    pub notice_imported: &'static str,
    pub notice_undo_clear: &'static str,
    /// Imported from a file of another edition of the rules: its edition, then today's.
    pub notice_imported_other_edition: fn(&str, &str) -> String,
    pub notice_not_in_force: &'static str,
    pub notice_saved_unreadable: &'static str,
    pub notice_share_unreadable: &'static str,
    pub notice_shared_applied: &'static str,
    /// An older share link has no check: its answers may have been changed on the way.
    pub notice_shared_unverified: &'static str,
    pub projects_add: &'static str,
    pub projects_example: &'static str,
    pub projects_lead: &'static str,
    pub projects_measures: &'static str,
    pub projects_name: &'static str,
    /// A project by its place in the list, where it has no name: "Project 2"; and its remove
    /// button: "Remove project 2".
    pub project_n: fn(usize) -> String,
    pub project_remove_n: fn(usize) -> String,
    pub projects_support: &'static str,
    pub projects_support_hint: &'static str,
    pub projects_title: &'static str,
    pub projects_too_few: &'static str,
    pub report_answers: &'static str,
    pub report_date: &'static str,
    pub report_disclaimer: &'static str,
    pub report_disclaimer_title: &'static str,
    pub report_title: &'static str,
    /// The estimate at a glance: its heading and the table's column heads.
    pub overview_title: &'static str,
    pub overview_award: &'static str,
    pub overview_clause: &'static str,
    pub overview_amount: &'static str,
    /// A measure of a project that another measure of it replaces: the ID of that measure.
    pub overview_merged: fn(&str) -> String,
    /// Above a card's tests the bureau judges (成长速度快, 示范性 …), and before what shows one.
    pub card_assessed: &'static str,
    pub card_assessed_shown_by: &'static str,
    /// An award card's fold: what it opens to (the calculation, the conditions met, the clause).
    pub card_more: &'static str,
    /// The results' contents list, after the total: its label.
    pub results_contents: &'static str,
    /// The folds of the echo of the answers and of the measures that do not apply: what they open.
    pub results_answers_show: &'static str,
    pub results_others_show: &'static str,
    /// The disclaimer's fold: what is not estimated, and the edition of the rules.
    pub results_disclaimer_more: &'static str,
    /// Beside a row's figure, when its project's other 西城区 support was deducted from it.
    pub overview_netted: fn(Wan) -> String,
    /// The services beside the money: the list of their titles.
    pub overview_services: fn(&str) -> String,
    /// Awards nearly met, counted beside the overview.
    pub overview_near: fn(usize) -> String,
    /// The overview's column: what each figure rests on.
    pub overview_basis: &'static str,
    /// What a figure rests on, in a word (the overview) and in a sentence (an award's card).
    pub basis_short: fn(Basis) -> &'static str,
    pub basis_long: fn(Basis) -> &'static str,
    /// The headline total split: the part from the user's figures, the part of clause ceilings.
    /// Every amount an upper bound the bureau sets; then the total's parts that are not zero:
    /// what the user's figures decide, and the clauses' maxima.
    pub headline_split: fn(Option<&str>, Option<&str>) -> String,
    /// An award that another of the same project replaces: the title of the one that counts.
    pub merged_into_title: fn(&str) -> String,
    /// Next steps: what to prepare, as advice.
    pub next_title: &'static str,
    pub next_lead: &'static str,
    pub next_keep: &'static str,
    pub next_evidence_hint: &'static str,
    /// The label of the answers of a claimed award still open, which the application will want
    /// (written with [`Texts::labelled`]).
    pub next_to_add: &'static str,
    /// A question of one list item: "No. 2: Actual spend on the event".
    pub item_question: fn(usize, &str) -> String,
    /// One list item's answers, numbered on "check your answers": "No. 2: Data forum · 400".
    pub numbered_item: fn(usize, &str) -> String,
    /// A measure's clause after its title: "（第六条（一））", " (Article 6(1))".
    pub clause_after: fn(&str) -> String,
    /// The issuer of the policy and the day of issue.
    pub issued_by_on: fn(&str, &str) -> String,
    /// The device's storage: a save that failed, another tab's answers, a record set aside.
    pub device_save_failed: &'static str,
    pub device_other_tab: &'static str,
    pub device_take_other: &'static str,
    pub device_keep_mine: &'static str,
    pub device_download_set_aside: &'static str,
    /// A record set aside, offered on every start until downloaded or deleted; then when.
    pub device_set_aside: &'static str,
    pub device_set_aside_at: &'static str,
    /// Unreadable saved work that could not be set aside (a full storage).
    pub device_unread_in_place: &'static str,
    pub device_delete_set_aside: &'static str,
    /// Where a share link or QR code leads, and a warning when that is another site.
    pub link_destination: &'static str,
    pub link_foreign: fn(&str) -> String,
    /// A label and what it labels: a refused answer by its question ("Rent paid: the amount
    /// cannot be negative"), the evidence suggested, the answers still open, a project's support.
    pub labelled: fn(&str, &str) -> String,
    /// A list item with its details: "医疗数据赛道（北京分赛一等奖）".
    pub item_details: fn(&str, &str) -> String,
    /// A measure's title with its clause, as a heading: "数据安全产品和服务（第七条）",
    /// "Data-security products and services (Article 7)".
    pub measure_with_clause: fn(&str, &str) -> String,
    /// The heading of a measure's answers on the check page and in the report.
    pub answers_group: fn(&str, &str) -> String,
    /// An amount as the user typed it, with its unit: "８，０００ 万元", "8,000 (in 10,000 yuan)".
    pub typed_amount: fn(&str) -> String,
    /// Beside the share link's code on page one of the report.
    pub report_code_hint: &'static str,
    /// The policy's number, the rules' edition and the day: the foot of every printed page.
    pub report_foot: fn(&str, &str, Date) -> String,
    /// The rules' edition, under the disclaimer.
    pub report_edition: fn(&str, &str) -> String,
    /// A question and its answer, on one line of the checklist.
    pub next_answered: fn(&str, &str) -> String,
    /// A checklist line for a test the bureau assesses.
    pub next_assessed: fn(&str) -> String,
    pub next_other_support: &'static str,
    pub next_services: &'static str,
    /// Beside a question on "check your answers" and in the next steps: the label of what will
    /// show it (written with [`Texts::labelled`]).
    pub evidence_label: &'static str,
    /// Printed measures the organisation did not claim or does not meet.
    pub report_not_applicable: &'static str,
    /// The printed report's appendix of the policy's words.
    pub report_appendix: &'static str,
    pub report_appendix_hint: &'static str,
    /// The page number at the foot of each printed page, as CSS `content`.
    pub report_page_css: &'static str,
    pub results_awards: &'static str,
    pub results_awards_potential: &'static str,
    pub results_calculation: &'static str,
    pub results_change: &'static str,
    pub results_fix_first: &'static str,
    pub results_near: &'static str,
    pub results_near_hint: &'static str,
    pub results_no_field: &'static str,
    pub results_no_field_detail: &'static str,
    pub results_not_eligible: &'static str,
    pub results_nothing_claimed: &'static str,
    pub results_potential_detail: &'static str,
    pub results_potential_label: &'static str,
    pub results_projects: &'static str,
    pub results_services: &'static str,
    pub results_services_hint: &'static str,
    pub results_start_again: &'static str,
    pub results_title: &'static str,
    pub results_total_label: &'static str,
    pub results_up_to: &'static str,
    /// The estimate so far, on the question pages: its label, the same where not in 西城区, and
    /// what shows while an answer cannot be read.
    pub running_label: &'static str,
    pub running_potential_label: &'static str,
    pub running_unreadable: &'static str,
    pub share_prompt_accept: &'static str,
    pub share_prompt_body: &'static str,
    pub share_prompt_decline: &'static str,
    pub share_prompt_title: &'static str,
    pub start_button: &'static str,
    pub start_clear: &'static str,
    pub start_disclaimer: &'static str,
    pub start_have_file: &'static str,
    pub start_have_file_hint: &'static str,
    pub start_issued: &'static str,
    pub start_lead: &'static str,
    pub start_policy: &'static str,
    pub start_privacy: &'static str,
    pub start_resume: &'static str,
    pub start_review_from_start: &'static str,
    pub start_storage: &'static str,
    pub start_storage_demo: &'static str,
    pub start_storage_refused: &'static str,
    pub start_time: &'static str,
    pub start_title: &'static str,
    pub start_valid: &'static str,
    pub start_who: &'static str,
    pub tools_export: &'static str,
    pub tools_print: &'static str,
    pub tools_share: &'static str,
    pub tools_share_hint: &'static str,
    /// The share link's copy button, and what it says once pressed (read out by screen readers).
    pub tools_copy: &'static str,
    pub tools_copied: &'static str,
    pub tools_copy_refused: &'static str,
    pub tools_share_label: &'static str,
    pub tools_title: &'static str,
    pub unit_wan: &'static str,

    // Texts with a number or a name in them.
    /// "5 measures", "1 measure".
    pub areas_measures: fn(usize) -> String,
    /// "… and 3 more problems" after the problems shown.
    pub import_more: fn(usize) -> String,
    /// "item 2": a list item without a name.
    pub list_item_n: fn(usize) -> String,
    /// The policy's validity and today's date, when today is outside it.
    pub notice_not_in_force_detail: fn(Date, Date, Date) -> String,
    /// "Step 2 of 5".
    pub step_of: fn(usize, usize) -> String,
    /// The status of a measure for this organisation.
    pub status: fn(Status) -> &'static str,

    /// A day as the language writes it: 2025年10月14日, 14 October 2025.
    pub date: fn(Date) -> String,
    /// Between the two days of a range shown apart, each kept whole on its line: "至", " to ".
    pub date_to: &'static str,

    // Figures, reasons and worked steps.
    /// An amount in the overview's column, in the unit its head names: `1,234.5` (万元),
    /// `12.345` (CNY million).
    pub overview_figure: fn(Wan) -> String,
    /// An amount: "1,234.5 万元", "CNY 12.345 million".
    pub money: fn(Wan) -> String,
    /// Why a typed amount was refused.
    pub money_error: fn(&MoneyError) -> &'static str,
    /// Why a field of the answers file was refused.
    pub problem: fn(&Problem) -> String,
    /// Why a project adds what it adds (从高从优不重复).
    pub project: fn(&ProjectResult) -> String,
    /// The words of a worked calculation.
    pub calc: CalcWords,
}

/// The words around the figures of a worked calculation; the figures are the engine's.
pub struct CalcWords {
    /// A fixed maximum: "up to 200".
    pub up_to: fn(&str) -> String,
    /// A per-item cap that cut the term: "> 200 cap each → 200".
    pub cap_each_cut: fn(&str) -> String,
    /// A per-item cap that did not: "≤ 200 cap each".
    pub cap_each_within: fn(&str) -> String,
    pub cap_cut: fn(&str) -> String,
    pub cap_within: fn(&str) -> String,
    /// A limit from the user's own figures (label, value) that cut the amount.
    pub limit_cut: fn(&str, &str) -> String,
    pub limit_within: fn(&str, &str) -> String,
    /// "(in 10,000 yuan)", after the whole line.
    pub unit: &'static str,
    /// The amount reached, in the unit the page shows amounts in, where that is not the line's
    /// own: English shows "CNY 2 million" but calculates in 10,000 yuan, as the answers are given.
    pub result: fn(Wan) -> String,
}

static TEXTS: Pair<&Texts> = Pair { zh: &zh::ZH, en: &en::EN };

/// The texts of `lang`.
pub fn of(lang: Lang) -> &'static Texts {
    TEXTS.pick(lang)
}

/// Text a user typed or a file brought, set apart from the sentence around it (the first-strong
/// isolate U+2068 … U+2069, the text form of `<bdi>`): a name in Arabic or Hebrew reads right to
/// left inside a Chinese or English sentence without turning the figures after it around.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// A measure as users know it: by its title, never by its ID.
pub fn title_of(id: &str, lang: Lang) -> &'static str {
    crate::policy::measure(id).map_or("", |m| m.title.pick(lang))
}

/// An amount in `lang`.
pub fn money(amount: Wan, lang: Lang) -> String {
    (of(lang).money)(amount)
}

/// What a measure gives, as users read it: the rule's cap said from the rule, with the clause's
/// words around it ("最高 500 万元配套奖励", "matching award up to CNY 5 million"), or the words.
pub fn amount_text(m: &Measure, lang: Lang) -> String {
    match (&m.amount_text, m.award.single_cap()) {
        (AmountText::Cap { zh: [before, after], .. }, Some(cap)) if lang == Lang::Zh => {
            format!("{before}最高 {}{after}", money(cap, lang))
        }
        (AmountText::Cap { en: [before, after], .. }, Some(cap)) => {
            format!("{before}up to {}{after}", money(cap, lang))
        }
        (AmountText::Words(words), _) => words.pick(lang).to_string(),
        // A cap said of a rule without one (the tables' tests refuse it): the clause's words alone.
        (AmountText::Cap { zh, en }, None) => if lang == Lang::Zh { zh } else { en }.concat(),
    }
}

/// The message at a refused field, without its path.
pub fn problem(problem: &Problem, lang: Lang) -> String {
    (of(lang).problem)(problem)
}

/// `claims.6.1a.investment_wan: The amount cannot be negative`; the file as a whole has no path.
pub fn field_error(error: &FieldError, lang: Lang) -> String {
    if error.path.is_root() {
        problem(&error.problem, lang)
    } else {
        format!("{}: {}", error.path, problem(&error.problem, lang))
    }
}

/// Why a project adds what it adds.
pub fn project(result: &ProjectResult, lang: Lang) -> String {
    (of(lang).project)(result)
}

#[cfg(test)]
mod tests;
