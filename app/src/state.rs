//! The one UI state and every change to it: `reduce(state, action) -> state`. No side effect here:
//! saving, the address bar and focus are effects in `app.rs` that follow the state.

use serde_json::Value;

use super::draft::{self, Field};
use awards::answers::{Answers, AnswersError, FieldError, FieldPath, Problem};
use awards::date::Date;
use awards::lang::Lang;
use awards::policy::{AREAS, MEASURES};

/// The steps of the self-check, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Start,
    Basics,
    Areas,
    Area(&'static str),
    Projects,
    Check,
    Results,
}

impl Step {
    /// The address-bar fragment of the step: `#/area/growth`.
    pub fn fragment(self) -> String {
        match self {
            Step::Start => "#/".into(),
            Step::Basics => "#/organisation".into(),
            Step::Areas => "#/activities".into(),
            Step::Area(key) => format!("#/area/{key}"),
            Step::Projects => "#/projects".into(),
            Step::Check => "#/check".into(),
            Step::Results => "#/results".into(),
        }
    }

    pub fn from_fragment(fragment: &str) -> Option<Step> {
        let route = fragment.trim_start_matches('#');
        Some(match route {
            "" | "/" => Step::Start,
            "/organisation" => Step::Basics,
            "/activities" => Step::Areas,
            "/projects" => Step::Projects,
            "/check" => Step::Check,
            "/results" => Step::Results,
            other => Step::Area(AREAS.iter().find(|a| other.strip_prefix("/area/") == Some(a.key))?.key),
        })
    }
}

/// A problem shown on the page: a field's error from the answers reader, or a question of the
/// questionnaire left unanswered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageError {
    Field(FieldError),
    /// A yes/no question the questionnaire needs answered.
    Unanswered(FieldPath),
    /// No area chosen.
    NoArea,
}

impl PageError {
    /// Where the problem is; the choice of areas is `areas`, beside the answers file's own keys.
    pub fn path(&self) -> FieldPath {
        match self {
            PageError::Field(e) => e.path.clone(),
            PageError::Unanswered(path) => path.clone(),
            PageError::NoArea => FieldPath::root().key("areas"),
        }
    }
}

/// Why answers from outside (an imported file, a share link, the saved work) were refused: kept
/// as a value, so that the notice follows a change of language, and said the same way whichever
/// way they came.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The browser could not read the file.
    Unreadable,
    /// Read, but not valid answers: every problem with its path (too large, too deep, not JSON …).
    Invalid(AnswersError),
}

impl Refusal {
    /// One problem with the whole of what came in.
    pub fn whole(problem: Problem) -> Refusal {
        Refusal::Invalid(AnswersError { errors: vec![FieldError { path: FieldPath::root(), problem }] })
    }
}

/// A message about the app itself (not about one field), shown at the top until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The saved answers could not be read, and why; the app starts afresh.
    SavedDataUnreadable(Refusal),
    /// An imported file was refused, and why. The current answers are untouched.
    ImportRefused(Refusal),
    Imported,
    Cleared,
    /// A share link's answers replaced the answers; `verified`: its check held.
    SharedApplied {
        verified: bool,
    },
    /// A share link could not be read, and why.
    ShareUnreadable(Refusal),
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub step: Step,
    /// The answers file being written (see `draft`).
    pub draft: Value,
    /// Areas chosen on the activities page, in the policy's order.
    pub areas: Vec<&'static str>,
    pub errors: Vec<PageError>,
    /// A change link from "check your answers" was followed: continue returns there.
    pub return_to_check: bool,
    /// The step was reached by the app's own Back: the address goes back rather than forward.
    pub went_back: bool,
    /// The element to focus when `focus_request` changes; `None` focuses the page heading.
    pub focus: Option<String>,
    /// Bumped by every action that should move the keyboard focus (a new step, an error summary).
    pub focus_request: u32,
    pub notice: Option<Notice>,
    /// Answers from a share link, waiting for the user to accept them.
    pub pending_share: Option<Shared>,
    /// Where the saved work stopped, for "continue where you left off".
    pub resume_at: Option<Step>,
    /// Today, from the device's clock: the date of the estimate.
    pub today: Date,
    /// Demo mode: nothing is stored on the device.
    pub demo: bool,
    /// The browser refuses storage here (a sandboxed iframe, a private mode): nothing is saved.
    pub storage_refused: bool,
    /// The last share link made, shown for copying.
    pub share_link: Option<String>,
    /// How a partner presents the widget (`?embed=`, `?accent=`, `?areas=`); kept through a
    /// clearing of the answers.
    pub partner: Partner,
    /// The standalone self-check's address (this page's, without options or fragment): where a
    /// share link or "open the full self-check" leads.
    pub home: String,
    /// This page's own standalone address, to tell when `home` is another site.
    pub own_home: String,
    /// Demo mode at a stand: idle time, presentation, the reset warning.
    pub kiosk: Kiosk,
    /// "Continue on your phone" was asked for: the QR code of the share link shows.
    pub hand_off: bool,
    /// The device's storage, as the last attempts found it.
    pub device: Device,
}

/// Answers a share link brought, and whether the link's check held (an older link has none).
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    pub answers: Answers,
    pub verified: bool,
}

/// The answers another tab of the self-check saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherTab {
    pub draft: Value,
    pub areas: Vec<&'static str>,
}

/// What the device's storage did with the answers: a failed save and another tab's answers are
/// shown where the user is, so no work is lost without a word.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Device {
    /// The last save failed (a full storage): the answers live only in this page.
    pub save_failed: bool,
    /// Another tab saved other answers than this one holds: nothing is saved here until the user
    /// says which to keep.
    pub other_tab: Option<OtherTab>,
    /// Saved work that could not be read was set aside, not deleted.
    pub set_aside: bool,
}

/// How long the reset warning counts down before the answers go (WCAG 2.2.1: at least 20 s).
pub const IDLE_WARNING_SECONDS: u32 = 20;
/// Demo mode's idle time before the reset warning, by default and at the least and most an
/// address may set (`?idle=`).
pub const IDLE_DEFAULT_SECONDS: u32 = 120;
pub const IDLE_SECONDS: std::ops::RangeInclusive<u32> = 30..=1800;

/// Demo mode at a stand (`?mode=demo&idle=…&present=large`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kiosk {
    /// Seconds without activity before the reset warning.
    pub idle_seconds: u32,
    /// Larger type and targets for a big screen.
    pub large: bool,
    /// The reset warning shows, with this many seconds left.
    pub warning: Option<u32>,
}

impl Default for Kiosk {
    fn default() -> Kiosk {
        Kiosk { idle_seconds: IDLE_DEFAULT_SECONDS, large: false, warning: None }
    }
}

/// How a partner's page presents the widget.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Partner {
    /// Framed by a partner's page at this origin: it is told the height and the step, and the
    /// widget shows no district header or footer.
    pub embed_origin: Option<String>,
    /// The partner's brand colour for the main buttons and the total, `#0b6e4f`.
    pub accent: Option<String>,
    /// Areas offered first on the activities page.
    pub first_areas: Vec<&'static str>,
}

impl Partner {
    pub fn embedded(&self) -> bool {
        self.embed_origin.is_some()
    }
}

/// Everything that can happen.
#[derive(Clone, Debug)]
pub enum Action {
    SetLang(Lang),
    /// The address bar changed (back / forward): show that step, checking nothing.
    Navigate(Step),
    Start,
    Resume,
    /// Check the page and go on.
    Continue,
    /// Go to the previous step; nothing typed is lost.
    Back,
    /// From "check your answers": go to the question, then come back.
    Change {
        step: Step,
        focus: String,
    },
    /// Focus the field of an error summary link.
    FocusField(String),
    SetFlag(Field, bool),
    SetText(Field, String),
    ToggleChoice(Field, &'static str),
    SetChoice(Field, Option<&'static str>),
    AddItem {
        measure: &'static str,
        list: &'static str,
    },
    RemoveItem {
        measure: &'static str,
        list: &'static str,
        index: usize,
    },
    ToggleArea(&'static str),
    AddProject,
    RemoveProject(usize),
    ToggleProjectMeasure(usize, &'static str),
    /// An answers file was chosen for import and read.
    Import(Result<Answers, Refusal>),
    ClearAnswers,
    /// A share link was opened: ask before replacing anything.
    OfferShared(Shared),
    ShareUnreadable(Refusal),
    AcceptShared,
    DeclineShared,
    ShareLinkMade(String),
    DismissNotice,
    /// A sample organisation's answers, from the start page in demo mode: straight to its results.
    LoadSample(&'static str),
    /// "Continue on your phone": show or hide the QR code.
    ToggleHandOff,
    /// Demo mode: nobody has touched the screen for the idle time; warn before resetting.
    IdleWarn,
    /// A second of the warning has passed; at none left, the reset.
    IdleTick,
    /// The visitor is still here: the warning goes, the answers stay.
    StillHere,
    /// Back to a bare start: every answer, notice and link of the last visitor gone.
    Reset,
    /// A save was tried: `false` when the browser refused it.
    Saved(bool),
    /// Another tab of the self-check saved these answers.
    OtherTabSaved(OtherTab),
    /// The user keeps this tab's answers over the other tab's (they are saved again at once).
    KeepMine,
    /// The user takes the answers the other tab saved.
    TakeOtherTab,
}

impl State {
    pub fn new(lang: Lang, today: Date, demo: bool) -> State {
        State {
            lang,
            step: Step::Start,
            draft: draft::empty(),
            areas: Vec::new(),
            errors: Vec::new(),
            return_to_check: false,
            went_back: false,
            focus: None,
            focus_request: 0,
            notice: None,
            pending_share: None,
            resume_at: None,
            today,
            demo,
            storage_refused: false,
            share_link: None,
            partner: Partner::default(),
            home: String::new(),
            own_home: String::new(),
            kiosk: Kiosk::default(),
            hand_off: false,
            device: Device::default(),
        }
    }

    /// The steps the user walks, given the areas chosen.
    pub fn path(&self) -> Vec<Step> {
        let mut steps = vec![Step::Start, Step::Basics, Step::Areas];
        steps.extend(self.areas.iter().map(|a| Step::Area(a)));
        steps.extend([Step::Projects, Step::Check, Step::Results]);
        steps
    }

    fn next(&self) -> Step {
        let path = self.path();
        let at = path.iter().position(|s| *s == self.step).unwrap_or(0);
        path.get(at + 1).copied().unwrap_or(Step::Results)
    }

    fn previous(&self) -> Step {
        let path = self.path();
        let at = path.iter().position(|s| *s == self.step).unwrap_or(0);
        path.get(at.saturating_sub(1)).copied().unwrap_or(Step::Start)
    }

    /// The draft as checked answers, or every error with its path.
    pub fn answers(&self) -> Result<Answers, AnswersError> {
        draft::answers(&self.draft, &self.areas)
    }

    /// Whether anything has been answered (for "continue where you left off").
    pub fn has_answers(&self) -> bool {
        self.draft != draft::empty()
    }

    /// The problems of the current page; empty when the user may go on.
    fn problems(&self) -> Vec<PageError> {
        let mut problems = Vec::new();
        if self.step == Step::Basics {
            for key in ["operates_in_xicheng", "ict_industry"] {
                let field = Field::Entity(key);
                if draft::flag(&self.draft, &field).is_none() {
                    problems.push(PageError::Unanswered(field.path()));
                }
            }
        }
        if self.step == Step::Areas && self.areas.is_empty() {
            problems.push(PageError::NoArea);
        }
        let on_this_page = |path: &FieldPath| match self.step {
            Step::Basics => path.starts_with(&FieldPath::root().key("entity")),
            Step::Area(area) => {
                MEASURES.iter().filter(|m| m.area == area).any(|m| path.starts_with(&FieldPath::claim(m.id)))
            }
            Step::Projects => path.starts_with(&FieldPath::root().key("projects")),
            Step::Check | Step::Results => true,
            Step::Start | Step::Areas => false,
        };
        if let Err(error) = self.answers() {
            problems.extend(error.errors.into_iter().filter(|e| on_this_page(&e.path)).map(PageError::Field));
        }
        problems
    }

    /// `step`, if the areas chosen lead to it; else the choice of areas (an old or hand-typed
    /// address, saved work whose step names an area no longer chosen).
    fn reachable(&self, step: Step) -> Step {
        if self.path().contains(&step) {
            step
        } else {
            Step::Areas
        }
    }

    fn go(&mut self, step: Step) {
        self.step = step;
        self.went_back = false;
        self.errors.clear();
        self.focus_on(None);
    }

    fn focus_on(&mut self, target: Option<String>) {
        self.focus = target;
        self.focus_request = self.focus_request.wrapping_add(1);
    }

    fn edit(&mut self, change: impl FnOnce(&mut Value)) {
        change(&mut self.draft);
        self.share_link = None;
    }

    /// Replaces the answers with checked ones (import, share link).
    fn replace_answers(&mut self, answers: &Answers) {
        self.draft = answers.to_value();
        self.areas = draft::areas_claimed(&self.draft);
        self.share_link = None;
        self.go(Step::Check);
    }

    /// What `action` does to the state. In place: moving the whole state through every arm
    /// costs several KB of WebAssembly for nothing.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetLang(lang) => self.lang = lang,
            Action::Navigate(step) => {
                let step = self.reachable(step);
                if step != self.step {
                    self.go(step);
                    self.return_to_check = false;
                }
            }
            Action::Start => self.go(Step::Basics),
            Action::Resume => self.go(self.reachable(self.resume_at.unwrap_or(Step::Basics))),
            Action::Continue => {
                let problems = self.problems();
                if !problems.is_empty() {
                    self.errors = problems;
                    self.focus_on(Some("error-summary".into()));
                } else if self.return_to_check {
                    self.go(Step::Check);
                    self.return_to_check = false;
                } else {
                    self.go(self.next());
                }
            }
            Action::Back => {
                self.go(self.previous());
                self.went_back = true;
                self.return_to_check = false;
            }
            Action::Change { step, focus } => {
                self.go(step);
                self.return_to_check = true;
                self.focus_on(Some(focus));
            }
            Action::FocusField(id) => self.focus_on(Some(id)),
            Action::SetFlag(field, value) => self.edit(|d| draft::set(d, &field, Some(Value::from(value)))),
            Action::SetText(field, text) => self.edit(|d| draft::set(d, &field, Some(Value::from(text)))),
            Action::ToggleChoice(field, choice) => self.edit(|d| draft::toggle_choice(d, &field, choice)),
            Action::SetChoice(field, choice) => self.edit(|d| draft::set(d, &field, choice.map(Value::from))),
            Action::AddItem { measure, list } => {
                let index = draft::item_count(&self.draft, measure, list);
                self.edit(|d| draft::add_item(d, measure, list));
                self.focus_on(Some(FieldPath::claim(measure).key(list).index(index).dom_id()));
            }
            Action::RemoveItem { measure, list, index } => {
                self.edit(|d| draft::remove_item(d, measure, list, index));
                self.errors.clear();
                self.focus_on(Some(FieldPath::claim(measure).key(list).dom_id()));
            }
            Action::ToggleArea(area) => {
                if self.areas.contains(&area) {
                    self.areas.retain(|a| *a != area);
                } else {
                    // Kept in the policy's order, by rebuilding from it (no sort to ship).
                    let chosen = |key: &&str| *key == area || self.areas.contains(key);
                    self.areas = AREAS.iter().map(|a| a.key).filter(chosen).collect();
                }
            }
            Action::AddProject => {
                let index = draft::project_count(&self.draft);
                self.edit(draft::add_project);
                self.focus_on(Some(FieldPath::project(index).dom_id()));
            }
            Action::RemoveProject(index) => {
                self.edit(|d| draft::remove_project(d, index));
                self.errors.clear();
                self.focus_on(Some("projects".into()));
            }
            Action::ToggleProjectMeasure(index, id) => self.edit(|d| draft::toggle_project_measure(d, index, id)),
            Action::Import(Ok(answers)) => {
                self.replace_answers(&answers);
                self.notice = Some(Notice::Imported);
            }
            Action::Import(Err(lines)) => self.notice = Some(Notice::ImportRefused(lines)),
            Action::ClearAnswers => {
                self.apply(Action::Reset);
                self.notice = Some(Notice::Cleared);
            }
            // A device with answers of its own is asked first; one without has nothing to lose,
            // and goes straight to the link's results (told where they came from).
            Action::OfferShared(shared) if self.has_answers() => self.pending_share = Some(shared),
            Action::OfferShared(shared) => {
                self.pending_share = Some(shared);
                self.apply(Action::AcceptShared);
                self.go(Step::Results);
            }
            Action::ShareUnreadable(refusal) => self.notice = Some(Notice::ShareUnreadable(refusal)),
            Action::AcceptShared => {
                if let Some(shared) = self.pending_share.take() {
                    self.replace_answers(&shared.answers);
                    self.notice = Some(Notice::SharedApplied { verified: shared.verified });
                }
            }
            Action::DeclineShared => self.pending_share = None,
            Action::ShareLinkMade(link) => self.share_link = Some(link),
            Action::DismissNotice => self.notice = None,
            Action::LoadSample(key) => {
                if let Some(answers) = awards::samples::answers(key) {
                    self.replace_answers(&answers);
                    self.go(Step::Results);
                }
            }
            Action::ToggleHandOff => self.hand_off = !self.hand_off,
            Action::IdleWarn => {
                self.kiosk.warning = Some(IDLE_WARNING_SECONDS);
                self.focus_on(Some("idle-continue".into()));
            }
            Action::IdleTick => match self.kiosk.warning {
                Some(left) if left > 1 => self.kiosk.warning = Some(left - 1),
                Some(_) => self.apply(Action::Reset),
                None => {}
            },
            Action::StillHere => {
                if self.kiosk.warning.take().is_some() {
                    self.focus_on(None);
                }
            }
            Action::Saved(worked) => self.device.save_failed = !worked,
            // The same answers saved elsewhere change nothing here.
            Action::OtherTabSaved(other) if other.draft == self.draft && other.areas == self.areas => {
                self.device.other_tab = None;
            }
            Action::OtherTabSaved(other) => self.device.other_tab = Some(other),
            Action::KeepMine => self.device.other_tab = None,
            Action::TakeOtherTab => {
                if let Some(other) = self.device.other_tab.take() {
                    self.draft = other.draft;
                    self.areas = other.areas;
                    self.errors.clear();
                    if !self.path().contains(&self.step) {
                        self.step = if self.has_answers() { Step::Check } else { Step::Start };
                    }
                    self.focus_on(None);
                }
            }
            Action::Reset => {
                let kept = State {
                    storage_refused: self.storage_refused,
                    device: Device { other_tab: None, ..self.device.clone() },
                    partner: std::mem::take(&mut self.partner),
                    home: std::mem::take(&mut self.home),
                    own_home: std::mem::take(&mut self.own_home),
                    kiosk: Kiosk { warning: None, ..self.kiosk.clone() },
                    focus_request: self.focus_request,
                    ..State::new(self.lang, self.today, self.demo)
                };
                *self = kept;
                self.focus_on(None);
            }
        }
    }
}

/// The state after `action`: [`State::apply`] on a state of its own.
pub fn reduce(mut state: State, action: Action) -> State {
    state.apply(action);
    state
}

#[cfg(test)]
mod tests {
    use super::*;
    const EVERYTHING: &str = include_str!("../../docs/examples/everything-claimed.json");

    fn fresh() -> State {
        State::new(Lang::Zh, awards::policy::POLICY.valid_from, false)
    }

    fn run(actions: Vec<Action>) -> State {
        actions.into_iter().fold(fresh(), reduce)
    }

    #[test]
    fn the_organisation_page_needs_its_yes_no_answers() {
        let state = run(vec![Action::Start, Action::Continue]);
        assert_eq!(state.step, Step::Basics);
        let paths: Vec<String> = state.errors.iter().map(|e| e.path().to_string()).collect();
        assert_eq!(paths, ["entity.operates_in_xicheng", "entity.ict_industry"]);
        assert_eq!(state.focus.as_deref(), Some("error-summary"));
    }

    #[test]
    fn only_chosen_areas_get_question_pages_in_policy_order() {
        let state = run(vec![
            Action::Start,
            Action::SetFlag(Field::Entity("operates_in_xicheng"), true),
            Action::SetFlag(Field::Entity("ict_industry"), false),
            Action::Continue,
            Action::Continue,
            Action::ToggleArea("security"),
            Action::ToggleArea("growth"),
            Action::Continue,
        ]);
        assert_eq!(state.step, Step::Area("growth"));
        assert_eq!(state.next(), Step::Area("security"));
        assert_eq!(state.path().len(), 8);
    }

    #[test]
    fn a_bad_amount_stops_the_page_and_keeps_what_was_typed() {
        let investment = Field::Fact { measure: "6.1a", key: "investment_wan" };
        let state = run(vec![
            Action::ToggleArea("infrastructure"),
            Action::Navigate(Step::Area("infrastructure")),
            Action::SetText(investment.clone(), "-5".into()),
            Action::Continue,
        ]);
        assert_eq!(state.step, Step::Area("infrastructure"));
        assert_eq!(state.errors.iter().map(PageError::path).collect::<Vec<_>>(), [investment.path()]);
        assert_eq!(draft::text(&state.draft, &investment), "-5");
        let fixed = reduce(reduce(state, Action::SetText(investment, "8000".into())), Action::Continue);
        assert_eq!(fixed.step, Step::Projects);
        assert!(fixed.errors.is_empty());
    }

    #[test]
    fn a_change_link_returns_to_check_your_answers() {
        let state = run(vec![
            Action::ToggleArea("security"),
            Action::Navigate(Step::Check),
            Action::Change { step: Step::Area("security"), focus: "f-claims-7-security_products".into() },
        ]);
        assert_eq!(state.step, Step::Area("security"));
        assert_eq!(state.focus.as_deref(), Some("f-claims-7-security_products"));
        assert_eq!(reduce(state, Action::Continue).step, Step::Check);
    }

    #[test]
    fn back_and_forward_keep_every_answer() {
        let name = Field::Entity("name");
        let state = run(vec![
            Action::Start,
            Action::SetText(name.clone(), "示例公司".into()),
            Action::Back,
            Action::Navigate(Step::Basics),
        ]);
        assert_eq!(state.step, Step::Basics);
        assert_eq!(draft::text(&state.draft, &name), "示例公司");
    }

    #[test]
    fn a_step_not_on_the_path_falls_back_to_the_activities_page() {
        let state = run(vec![Action::Navigate(Step::Area("growth"))]);
        assert_eq!(state.step, Step::Areas);
        assert_eq!(Step::from_fragment("#/area/nowhere"), None);
        for step in
            [Step::Start, Step::Basics, Step::Areas, Step::Area("trading"), Step::Projects, Step::Check, Step::Results]
        {
            assert_eq!(Step::from_fragment(&step.fragment()), Some(step));
        }
    }

    #[test]
    fn a_share_link_replaces_the_answers_only_when_accepted() {
        let shared = Answers::from_json(EVERYTHING).unwrap_or_default();
        let offered = run(vec![
            Action::SetText(Field::Entity("name"), "mine".into()),
            Action::OfferShared(Shared { answers: shared, verified: true }),
        ]);
        assert_eq!(draft::text(&offered.draft, &Field::Entity("name")), "mine");
        let declined = reduce(offered.clone(), Action::DeclineShared);
        assert_eq!(draft::text(&declined.draft, &Field::Entity("name")), "mine");
        let accepted = reduce(offered, Action::AcceptShared);
        assert_eq!(draft::text(&accepted.draft, &Field::Entity("name")), "示例数据科技有限公司");
        assert_eq!(accepted.areas.len(), AREAS.len());
        assert_eq!(accepted.step, Step::Check);

        // A device without answers of its own: straight to the link's results, told so.
        let shared = Answers::from_json(EVERYTHING).unwrap_or_default();
        let fresh = run(vec![Action::OfferShared(Shared { answers: shared, verified: true })]);
        assert_eq!((fresh.step, fresh.pending_share.clone()), (Step::Results, None));
        assert_eq!(fresh.notice, Some(Notice::SharedApplied { verified: true }));
    }

    #[test]
    fn an_empty_project_is_refused_at_its_own_place() {
        let state = run(vec![
            Action::ToggleArea("security"),
            Action::SetFlag(Field::Fact { measure: "7", key: "security_products" }, true),
            Action::AddProject,
            Action::AddProject,
            Action::ToggleProjectMeasure(1, "7"),
            Action::Navigate(Step::Projects),
            Action::Continue,
        ]);
        assert_eq!(state.step, Step::Projects);
        assert_eq!(
            state.errors.iter().map(PageError::path).collect::<Vec<_>>(),
            [FieldPath::project(0).key("measures")]
        );
    }

    #[test]
    fn a_refused_import_leaves_the_answers_alone() {
        let before = run(vec![Action::SetText(Field::Entity("name"), "mine".into())]);
        let after = reduce(before.clone(), Action::Import(Err(Refusal::Unreadable)));
        assert_eq!(after.draft, before.draft);
        assert_eq!(after.notice, Some(Notice::ImportRefused(Refusal::Unreadable)));
    }

    #[test]
    fn a_saved_step_the_saved_areas_do_not_lead_to_resumes_at_the_choice_of_areas() {
        let mut saved = fresh();
        saved.areas = vec!["security"];
        saved.resume_at = Some(Step::Area("growth"));
        assert_eq!(reduce(saved.clone(), Action::Resume).step, Step::Areas);
        saved.resume_at = Some(Step::Area("security"));
        assert_eq!(reduce(saved, Action::Resume).step, Step::Area("security"));
    }

    #[test]
    fn the_apps_back_is_marked_so_the_address_goes_back_too() {
        let state = run(vec![Action::Start, Action::Back]);
        assert!(state.went_back);
        assert!(!reduce(state, Action::Start).went_back);
    }

    #[test]
    fn an_idle_stand_warns_for_twenty_seconds_then_forgets_the_visitor() {
        let mut state = State::new(Lang::En, awards::policy::POLICY.valid_from, true);
        state.partner.first_areas = vec!["growth"];
        state.kiosk.idle_seconds = 30;
        state = reduce(state, Action::LoadSample("ai-start-up"));
        state = reduce(state, Action::ShareLinkMade("https://example.cn/#s=AQ".into()));
        assert_eq!(state.step, Step::Results);

        state = reduce(state, Action::IdleWarn);
        assert_eq!((state.kiosk.warning, state.focus.as_deref()), (Some(IDLE_WARNING_SECONDS), Some("idle-continue")));
        state = (0..19).fold(state, |s, _| reduce(s, Action::IdleTick));
        assert_eq!(state.kiosk.warning, Some(1));
        let kept = reduce(state.clone(), Action::StillHere);
        assert_eq!((kept.kiosk.warning, kept.step), (None, Step::Results));
        assert!(kept.has_answers());

        let reset = reduce(state, Action::IdleTick);
        assert_eq!((reset.step, reset.kiosk.warning, reset.notice.clone()), (Step::Start, None, None));
        assert!(!reset.has_answers() && reset.share_link.is_none() && reset.areas.is_empty());
        assert_eq!((reset.kiosk.idle_seconds, reset.demo), (30, true), "the stand's own settings stay");
        assert_eq!(reset.partner.first_areas, ["growth"]);
    }

    #[test]
    fn another_tabs_answers_wait_for_the_users_word_and_a_failed_save_stays_said() {
        let mine = reduce(fresh(), Action::SetText(Field::Entity("name"), "本窗口".into()));
        let same = OtherTab { draft: mine.draft.clone(), areas: mine.areas.clone() };
        assert_eq!(reduce(mine.clone(), Action::OtherTabSaved(same)).device.other_tab, None, "the same answers");

        let theirs = reduce(fresh(), Action::SetText(Field::Entity("name"), "另一窗口".into()));
        let other = OtherTab { draft: theirs.draft.clone(), areas: vec!["security"] };
        let asked = reduce(mine.clone(), Action::OtherTabSaved(other));
        assert!(asked.device.other_tab.is_some());
        let kept = reduce(asked.clone(), Action::KeepMine);
        assert_eq!((kept.device.other_tab.clone(), kept.draft.clone()), (None, mine.draft.clone()));
        let taken = reduce(asked, Action::TakeOtherTab);
        assert_eq!((taken.draft.clone(), taken.areas.clone()), (theirs.draft, vec!["security"]));
        assert_eq!(taken.device.other_tab, None);

        let failed = reduce(mine, Action::Saved(false));
        assert!(failed.device.save_failed);
        assert!(reduce(failed.clone(), Action::Reset).device.save_failed, "the device is the same after a reset");
        assert!(!reduce(failed, Action::Saved(true)).device.save_failed);
    }
}
