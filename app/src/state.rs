//! The one UI state and every change to it: `reduce(state, action) -> state`. No side effect here:
//! saving, the address bar and focus are effects in `app.rs` that follow the state.

use std::rc::Rc;

use serde_json::Value;

use super::draft::{self, Field};
pub use super::focus::Focus;
use awards::answers::{key, Answers, AnswersError, FieldError, FieldPath, Problem};
use awards::date::Date;
use awards::lang::Lang;
use awards::policy::{AREAS, ENTITY, MEASURES};

/// The steps of the self-check, in order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Step {
    #[default]
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
            PageError::NoArea => FieldPath::root().key(draft::AREAS_KEY),
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
    /// Imported from a file another edition of the rules wrote (its edition).
    ImportedOtherEdition(String),
    Cleared,
    /// A share link's answers replaced the answers; `verified`: its check held.
    SharedApplied {
        verified: bool,
    },
    /// A share link could not be read, and why.
    ShareUnreadable(Refusal),
}

/// Set once at start-up, from the address, the device and the clock; no action changes it, so
/// a reset cannot lose it.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Today, from the device's clock: the date of the estimate.
    pub today: Date,
    /// Demo mode: nothing is stored on the device.
    pub demo: bool,
    /// The browser refuses storage here (a sandboxed iframe, a private mode): nothing is saved.
    pub storage_refused: bool,
    /// How a partner presents the widget (`?embed=`, `?accent=`, `?areas=`).
    pub partner: Partner,
    /// The standalone self-check's address (this page's, without options or fragment): where a
    /// share link or "open the full self-check" leads.
    pub home: String,
    /// This page's own standalone address, to tell when `home` is another site.
    pub own_home: String,
    /// Demo mode at a stand: idle time and presentation.
    pub kiosk: Kiosk,
}

impl Config {
    /// The configuration of a plain page: no partner, no stand, links to nowhere yet.
    pub fn plain(today: Date, demo: bool) -> Config {
        Config {
            today,
            demo,
            storage_refused: false,
            partner: Partner::default(),
            home: String::new(),
            own_home: String::new(),
            kiosk: Kiosk::default(),
        }
    }
}

/// The answers being typed, with a revision that every change moves on: what is derived from
/// them (the checked answers, the estimate, the share link) is computed once a revision, and the
/// autosave tells a change by it, without comparing the answers themselves.
#[derive(Clone, Debug, PartialEq)]
pub struct Work {
    /// The answers file being written (see `draft`).
    draft: Value,
    /// Areas chosen on the activities page, in the policy's order.
    areas: Vec<&'static str>,
    revision: u32,
}

impl Default for Work {
    fn default() -> Work {
        Work { draft: draft::empty(), areas: Vec::new(), revision: 0 }
    }
}

impl Work {
    pub fn new(draft: Value, areas: Vec<&'static str>) -> Work {
        Work { draft, areas, revision: 0 }
    }

    pub fn draft(&self) -> &Value {
        &self.draft
    }

    pub fn areas(&self) -> &[&'static str] {
        &self.areas
    }

    pub fn revision(&self) -> u32 {
        self.revision
    }

    /// The draft as checked answers, or every error with its path.
    pub fn answers(&self) -> Result<Answers, AnswersError> {
        draft::answers(&self.draft, &self.areas)
    }

    /// Whether anything has been answered (for "continue where you left off").
    pub fn has_answers(&self) -> bool {
        self.draft != draft::empty()
    }

    fn edit(&mut self, change: impl FnOnce(&mut Value)) {
        change(&mut self.draft);
        self.revision = self.revision.wrapping_add(1);
    }

    fn set_areas(&mut self, areas: Vec<&'static str>) {
        self.areas = areas;
        self.revision = self.revision.wrapping_add(1);
    }

    /// Other answers in place of these; the revision still moves on, never back, so that a
    /// change is never mistaken for the answers before it.
    fn replace(&mut self, draft: Value, areas: Vec<&'static str>) {
        *self = Work { draft, areas, revision: self.revision.wrapping_add(1) };
    }
}

/// Where the user is and what the page says to them: the step, the language, errors, focus,
/// notices and the device's condition.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Nav {
    pub lang: Lang,
    pub step: Step,
    pub errors: Vec<PageError>,
    /// A change link from "check your answers" was followed: continue returns there.
    pub return_to_check: bool,
    /// The step was reached by the app's own Back: the address goes back rather than forward.
    pub went_back: bool,
    /// Where the keyboard focus goes when `focus_request` changes.
    pub focus: Focus,
    /// Bumped by every action that should move the keyboard focus (a new step, an error summary).
    pub focus_request: u32,
    pub notice: Option<Notice>,
    /// Answers from a share link, waiting for the user to accept them.
    pub pending_share: Option<Shared>,
    /// Where the saved work stopped, for "continue where you left off".
    pub resume_at: Option<Step>,
    /// "Make a link" was pressed: the share link shows for copying.
    pub link_shown: bool,
    /// "Continue on your phone" was asked for: the QR code of the share link shows.
    pub hand_off: bool,
    /// The device's storage, as the last attempts found it.
    pub device: Device,
    /// Demo mode: the reset warning shows, with this many seconds left.
    pub idle_warning: Option<u32>,
    /// The answers the user just cleared, for "undo" until new answers are given (this page only).
    pub cleared: Option<Rc<Work>>,
}

/// The state of the app, split by what it is: the configuration (shared, never changed), the
/// answers (shared until changed, so that a step or a notice does not copy them), and where
/// the user is.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub config: Rc<Config>,
    pub work: Rc<Work>,
    pub nav: Nav,
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
    /// Saved work that could not be read, set aside on the device (not deleted): offered on every
    /// start until the user downloads or deletes each.
    pub set_aside: Vec<SetAside>,
    /// Saved work that could not be read nor set aside (a full storage): left where it was, its
    /// text here to download, and nothing is saved over it until the user downloads or deletes it.
    pub unread_in_place: Option<Rc<str>>,
}

/// A record of saved work that could not be read, set aside under `key`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetAside {
    pub key: String,
    /// When it was set aside (`2026-12-04T01:05:07.042Z`); none for the one slot of releases
    /// before 2026-12-04.
    pub when: Option<String>,
    /// What the user did with it; the store follows (`storage::Store::handle_set_aside`).
    pub handled: Option<Handled>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handled {
    Downloaded,
    Deleted,
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
}

impl Default for Kiosk {
    fn default() -> Kiosk {
        Kiosk { idle_seconds: IDLE_DEFAULT_SECONDS, large: false }
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
        focus: Focus,
    },
    /// Move the keyboard focus (an error summary's link to its field).
    Focus(Focus),
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
    /// The file just imported was written under another edition of the rules (this one).
    ImportedFromEdition(String),
    /// "Clear my answers", confirmed: the answers go, and the saved work with them.
    ClearAnswers,
    /// A share link was opened: ask before replacing anything.
    OfferShared(Shared),
    ShareUnreadable(Refusal),
    AcceptShared,
    DeclineShared,
    /// "Make a link": show the share link of the answers, for copying.
    ShowLink,
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
    /// The user downloaded or deleted the record set aside under this key.
    SetAsideHandled(String, Handled),
    /// The user downloaded or deleted the unreadable saved work left in place: saving goes on.
    UnreadInPlaceHandled,
    /// The answers just cleared come back (and are saved again).
    UndoClear,
}

impl State {
    pub fn new(lang: Lang, config: Config) -> State {
        State { config: Rc::new(config), work: Rc::new(Work::default()), nav: Nav { lang, ..Nav::default() } }
    }

    /// The steps the user walks, given the areas chosen.
    pub fn path(&self) -> Vec<Step> {
        let mut steps = vec![Step::Start, Step::Basics, Step::Areas];
        steps.extend(self.work.areas.iter().map(|a| Step::Area(a)));
        steps.extend([Step::Projects, Step::Check, Step::Results]);
        steps
    }

    /// The steps this user walks, and where the page shown is among them.
    fn walk(&self) -> (Vec<Step>, usize) {
        let path = self.path();
        let at = path.iter().position(|s| *s == self.nav.step).unwrap_or(0);
        (path, at)
    }

    /// The page shown among the pages this user walks, the start page not counted: (its number,
    /// how many). The areas' pages count as many as the areas chosen.
    pub fn page_of(&self) -> (usize, usize) {
        let (path, at) = self.walk();
        (at, path.len().saturating_sub(1))
    }

    fn next(&self) -> Step {
        let (path, at) = self.walk();
        path.get(at + 1).copied().unwrap_or(Step::Results)
    }

    fn previous(&self) -> Step {
        let (path, at) = self.walk();
        path.get(at.saturating_sub(1)).copied().unwrap_or(Step::Start)
    }

    /// The problems of the current page; empty when the user may go on.
    fn problems(&self) -> Vec<PageError> {
        let mut problems = Vec::new();
        let step = self.nav.step;
        if step == Step::Basics {
            // The organisation's questions that must be answered (yes/no: "no" is an answer).
            for spec in ENTITY.iter().filter(|spec| spec.required) {
                let field = Field::Entity(spec.key);
                if draft::flag(&self.work.draft, &field).is_none() {
                    problems.push(PageError::Unanswered(field.path()));
                }
            }
        }
        if step == Step::Areas && self.work.areas.is_empty() {
            problems.push(PageError::NoArea);
        }
        let on_this_page = |path: &FieldPath| match step {
            Step::Basics => path.starts_with(&FieldPath::root().key(key::ENTITY)),
            Step::Area(area) => {
                MEASURES.iter().filter(|m| m.area == area).any(|m| path.starts_with(&FieldPath::claim(m.id)))
            }
            Step::Projects => path.starts_with(&FieldPath::root().key(key::PROJECTS)),
            Step::Check | Step::Results => true,
            Step::Start | Step::Areas => false,
        };
        // Checked when the user presses "continue", not as they type.
        if let Err(error) = self.work.answers() {
            problems.extend(error.errors.into_iter().filter(|e| on_this_page(&e.path)).map(PageError::Field));
        }
        problems
    }

    /// `step`, if the areas chosen lead to it; else the choice of areas (an old or hand-typed
    /// address, saved work whose step names an area no longer chosen). The steps that show the
    /// answers or a verdict on them need answers: without any (an address copied from another
    /// device, as after a share link), the start page, never a verdict computed from nothing.
    fn reachable(&self, step: Step) -> Step {
        let shows_answers = matches!(step, Step::Projects | Step::Check | Step::Results);
        if shows_answers && !self.work.has_answers() {
            Step::Start
        } else if self.path().contains(&step) {
            step
        } else {
            Step::Areas
        }
    }

    fn go(&mut self, step: Step) {
        self.nav.step = step;
        self.nav.went_back = false;
        self.nav.errors.clear();
        self.focus_on(Focus::Heading);
    }

    fn focus_on(&mut self, target: Focus) {
        self.nav.focus = target;
        self.nav.focus_request = self.nav.focus_request.wrapping_add(1);
    }

    /// Changes the answers; a link shown for the old ones goes, and so does the undo of a clear.
    fn edit(&mut self, change: impl FnOnce(&mut Value)) {
        Rc::make_mut(&mut self.work).edit(change);
        self.nav.link_shown = false;
        self.nav.cleared = None;
    }

    /// Replaces the answers with checked ones (import, share link).
    fn replace_answers(&mut self, answers: &Answers) {
        let draft = answers.to_value();
        let areas = draft::areas_claimed(&draft);
        Rc::make_mut(&mut self.work).replace(draft, areas);
        self.nav.link_shown = false;
        self.nav.cleared = None;
        self.go(Step::Check);
    }

    /// A bare start for the next visitor: the configuration stays, and so do the language, what
    /// the device's storage did and the focus counter (so that the focus still moves).
    fn fresh_start(&self) -> State {
        let mut work = Work::default();
        work.revision = self.work.revision.wrapping_add(1);
        let nav = Nav {
            lang: self.nav.lang,
            device: Device { other_tab: None, ..self.nav.device.clone() },
            focus_request: self.nav.focus_request.wrapping_add(1),
            ..Nav::default()
        };
        State { config: Rc::clone(&self.config), work: Rc::new(work), nav }
    }

    /// What `action` does to the state. In place: moving the whole state through every arm
    /// costs several KB of WebAssembly for nothing.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetLang(lang) => self.nav.lang = lang,
            Action::Navigate(step) => {
                let step = self.reachable(step);
                if step != self.nav.step {
                    self.go(step);
                    self.nav.return_to_check = false;
                }
            }
            Action::Start => self.go(Step::Basics),
            Action::Resume => self.go(self.reachable(self.nav.resume_at.unwrap_or(Step::Basics))),
            Action::Continue => {
                let problems = self.problems();
                if !problems.is_empty() {
                    self.nav.errors = problems;
                    self.focus_on(Focus::ErrorSummary);
                } else if self.nav.return_to_check {
                    self.go(Step::Check);
                    self.nav.return_to_check = false;
                } else {
                    self.go(self.next());
                }
            }
            Action::Back => {
                self.go(self.previous());
                self.nav.went_back = true;
                self.nav.return_to_check = false;
            }
            Action::Change { step, focus } => {
                self.go(step);
                self.nav.return_to_check = true;
                self.focus_on(focus);
            }
            Action::Focus(target) => self.focus_on(target),
            Action::SetFlag(field, value) => self.edit(|d| draft::set(d, &field, Some(Value::from(value)))),
            Action::SetText(field, text) => self.edit(|d| draft::set(d, &field, Some(Value::from(text)))),
            Action::ToggleChoice(field, choice) => self.edit(|d| draft::toggle_choice(d, &field, choice)),
            Action::SetChoice(field, choice) => self.edit(|d| draft::set(d, &field, choice.map(Value::from))),
            Action::AddItem { measure, list } => {
                let index = draft::item_count(&self.work.draft, measure, list);
                self.edit(|d| draft::add_item(d, measure, list));
                self.focus_on(Focus::Field(FieldPath::claim(measure).key(list).index(index)));
            }
            Action::RemoveItem { measure, list, index } => {
                self.edit(|d| draft::remove_item(d, measure, list, index));
                self.nav.errors.clear();
                self.focus_on(Focus::Field(FieldPath::claim(measure).key(list)));
            }
            Action::ToggleArea(area) => {
                let areas = if self.work.areas.contains(&area) {
                    self.work.areas.iter().copied().filter(|a| *a != area).collect()
                } else {
                    // Kept in the policy's order, by rebuilding from it (no sort to ship).
                    let chosen = |key: &&str| *key == area || self.work.areas.contains(key);
                    AREAS.iter().map(|a| a.key).filter(chosen).collect()
                };
                Rc::make_mut(&mut self.work).set_areas(areas);
            }
            Action::AddProject => {
                let index = draft::project_count(&self.work.draft);
                self.edit(draft::add_project);
                self.focus_on(Focus::Field(FieldPath::project(index)));
            }
            Action::RemoveProject(index) => {
                self.edit(|d| draft::remove_project(d, index));
                self.nav.errors.clear();
                self.focus_on(Focus::Projects);
            }
            Action::ToggleProjectMeasure(index, id) => self.edit(|d| draft::toggle_project_measure(d, index, id)),
            Action::Import(Ok(answers)) => {
                self.replace_answers(&answers);
                self.nav.notice = Some(Notice::Imported);
            }
            Action::Import(Err(lines)) => self.nav.notice = Some(Notice::ImportRefused(lines)),
            Action::ImportedFromEdition(edition) => self.nav.notice = Some(Notice::ImportedOtherEdition(edition)),
            Action::ClearAnswers => {
                let before = Rc::clone(&self.work);
                self.apply(Action::Reset);
                self.nav.notice = Some(Notice::Cleared);
                // Never at a stand: the next visitor must not bring the last one's answers back.
                self.nav.cleared = (!self.config.demo && before.has_answers()).then_some(before);
                // The store forgets the saved answers (`Saving::Clear`); records set aside stay,
                // each offered until the user downloads or deletes it.
                self.nav.device.unread_in_place = None;
            }
            Action::UndoClear => {
                if let Some(work) = self.nav.cleared.take() {
                    // A revision of its own, so that the answers are saved again.
                    let mut work = Rc::unwrap_or_clone(work);
                    work.revision = self.work.revision.wrapping_add(1);
                    self.work = Rc::new(work);
                    self.nav.notice = None;
                    self.go(Step::Check);
                }
            }
            // A device with answers of its own is asked first; one without has nothing to lose,
            // and goes straight to the link's results (told where they came from).
            Action::OfferShared(shared) if self.work.has_answers() => self.nav.pending_share = Some(shared),
            Action::OfferShared(shared) => {
                self.nav.pending_share = Some(shared);
                self.apply(Action::AcceptShared);
                self.go(Step::Results);
            }
            Action::ShareUnreadable(refusal) => self.nav.notice = Some(Notice::ShareUnreadable(refusal)),
            Action::AcceptShared => {
                if let Some(shared) = self.nav.pending_share.take() {
                    self.replace_answers(&shared.answers);
                    self.nav.notice = Some(Notice::SharedApplied { verified: shared.verified });
                }
            }
            Action::DeclineShared => self.nav.pending_share = None,
            Action::ShowLink => self.nav.link_shown = true,
            Action::DismissNotice => self.nav.notice = None,
            Action::LoadSample(key) => {
                if let Some(answers) = awards::samples::answers(key) {
                    self.replace_answers(&answers);
                    self.go(Step::Results);
                }
            }
            Action::ToggleHandOff => self.nav.hand_off = !self.nav.hand_off,
            Action::IdleWarn => {
                self.nav.idle_warning = Some(IDLE_WARNING_SECONDS);
                self.focus_on(Focus::IdleDialog);
            }
            Action::IdleTick => match self.nav.idle_warning {
                Some(left) if left > 1 => self.nav.idle_warning = Some(left - 1),
                Some(_) => self.apply(Action::Reset),
                None => {}
            },
            Action::StillHere => {
                if self.nav.idle_warning.take().is_some() {
                    self.focus_on(Focus::Heading);
                }
            }
            Action::Saved(worked) => self.nav.device.save_failed = !worked,
            // The same answers saved elsewhere change nothing here.
            Action::OtherTabSaved(other) if other.draft == self.work.draft && other.areas == self.work.areas => {
                self.nav.device.other_tab = None;
            }
            Action::OtherTabSaved(other) => self.nav.device.other_tab = Some(other),
            Action::KeepMine => self.nav.device.other_tab = None,
            Action::TakeOtherTab => {
                if let Some(other) = self.nav.device.other_tab.take() {
                    Rc::make_mut(&mut self.work).replace(other.draft, other.areas);
                    self.nav.errors.clear();
                    if !self.path().contains(&self.nav.step) {
                        self.nav.step = if self.work.has_answers() { Step::Check } else { Step::Start };
                    }
                    self.focus_on(Focus::Heading);
                }
            }
            Action::SetAsideHandled(key, handled) => {
                for record in self.nav.device.set_aside.iter_mut().filter(|r| r.key == key) {
                    record.handled = Some(handled);
                }
            }
            Action::UnreadInPlaceHandled => self.nav.device.unread_in_place = None,
            Action::Reset => *self = self.fresh_start(),
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
        State::new(Lang::Zh, Config::plain(awards::policy::POLICY.valid_from, false))
    }

    fn run(actions: Vec<Action>) -> State {
        actions.into_iter().fold(fresh(), reduce)
    }

    #[test]
    fn the_organisation_page_needs_its_yes_no_answers() {
        let state = run(vec![Action::Start, Action::Continue]);
        assert_eq!(state.nav.step, Step::Basics);
        let paths: Vec<String> = state.nav.errors.iter().map(|e| e.path().to_string()).collect();
        assert_eq!(paths, ["entity.operates_in_xicheng", "entity.ict_industry"]);
        assert_eq!(state.nav.focus, Focus::ErrorSummary);
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
        assert_eq!(state.nav.step, Step::Area("growth"));
        assert_eq!(state.next(), Step::Area("security"));
        assert_eq!(state.path().len(), 8);
    }

    #[test]
    fn an_address_of_the_results_or_the_check_without_answers_leads_to_the_start() {
        for step in [Step::Results, Step::Check, Step::Projects] {
            assert_eq!(run(vec![Action::Navigate(step)]).nav.step, Step::Start, "{step:?}");
        }
        let answered =
            run(vec![Action::SetFlag(Field::Entity(key::OPERATES_IN_XICHENG), true), Action::Navigate(Step::Results)]);
        assert_eq!(answered.nav.step, Step::Results);
    }

    #[test]
    fn a_bad_amount_stops_the_page_and_keeps_what_was_typed() {
        let investment = Field::Fact { measure: "6.1a", key: "investment_wan" };
        let state = run(vec![
            Action::ToggleArea("infrastructure"),
            Action::Navigate(Step::Area("infrastructure")),
            Action::SetFlag(Field::Fact { measure: "6.1a", key: "national_pilot" }, true),
            Action::SetText(investment.clone(), "-5".into()),
            Action::Continue,
        ]);
        assert_eq!(state.nav.step, Step::Area("infrastructure"));
        assert_eq!(state.nav.errors.iter().map(PageError::path).collect::<Vec<_>>(), [investment.path()]);
        assert_eq!(draft::text(state.work.draft(), &investment), "-5");
        let fixed = reduce(reduce(state, Action::SetText(investment, "8000".into())), Action::Continue);
        assert_eq!(fixed.nav.step, Step::Projects);
        assert!(fixed.nav.errors.is_empty());
    }

    #[test]
    fn a_change_link_returns_to_check_your_answers() {
        let products = FieldPath::claim("7").key("security_products");
        let state = run(vec![
            Action::ToggleArea("security"),
            Action::Navigate(Step::Check),
            Action::Change { step: Step::Area("security"), focus: Focus::Field(products.clone()) },
        ]);
        assert_eq!(state.nav.step, Step::Area("security"));
        assert_eq!(state.nav.focus.dom_id(), "f-claims-7-security_products");
        assert_eq!(state.nav.focus, Focus::Field(products));
        assert_eq!(reduce(state, Action::Continue).nav.step, Step::Check);
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
        assert_eq!(state.nav.step, Step::Basics);
        assert_eq!(draft::text(state.work.draft(), &name), "示例公司");
    }

    #[test]
    fn a_step_not_on_the_path_falls_back_to_the_activities_page() {
        let state = run(vec![Action::Navigate(Step::Area("growth"))]);
        assert_eq!(state.nav.step, Step::Areas);
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
        assert_eq!(draft::text(offered.work.draft(), &Field::Entity("name")), "mine");
        let declined = reduce(offered.clone(), Action::DeclineShared);
        assert_eq!(draft::text(declined.work.draft(), &Field::Entity("name")), "mine");
        let accepted = reduce(offered, Action::AcceptShared);
        assert_eq!(draft::text(accepted.work.draft(), &Field::Entity("name")), "示例数据科技有限公司");
        assert_eq!(accepted.work.areas().len(), AREAS.len());
        assert_eq!(accepted.nav.step, Step::Check);

        // A device without answers of its own: straight to the link's results, told so.
        let shared = Answers::from_json(EVERYTHING).unwrap_or_default();
        let fresh = run(vec![Action::OfferShared(Shared { answers: shared, verified: true })]);
        assert_eq!((fresh.nav.step, fresh.nav.pending_share.clone()), (Step::Results, None));
        assert_eq!(fresh.nav.notice, Some(Notice::SharedApplied { verified: true }));
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
        assert_eq!(state.nav.step, Step::Projects);
        assert_eq!(
            state.nav.errors.iter().map(PageError::path).collect::<Vec<_>>(),
            [FieldPath::project(0).key("measures")]
        );
    }

    #[test]
    fn a_refused_import_leaves_the_answers_alone() {
        let before = run(vec![Action::SetText(Field::Entity("name"), "mine".into())]);
        let after = reduce(before.clone(), Action::Import(Err(Refusal::Unreadable)));
        assert_eq!(after.work, before.work);
        assert_eq!(after.nav.notice, Some(Notice::ImportRefused(Refusal::Unreadable)));
    }

    #[test]
    fn a_saved_step_the_saved_areas_do_not_lead_to_resumes_at_the_choice_of_areas() {
        let mut saved = fresh();
        saved.work = Rc::new(Work::new(draft::empty(), vec!["security"]));
        saved.nav.resume_at = Some(Step::Area("growth"));
        assert_eq!(reduce(saved.clone(), Action::Resume).nav.step, Step::Areas);
        saved.nav.resume_at = Some(Step::Area("security"));
        assert_eq!(reduce(saved, Action::Resume).nav.step, Step::Area("security"));
    }

    #[test]
    fn the_apps_back_is_marked_so_the_address_goes_back_too() {
        let state = run(vec![Action::Start, Action::Back]);
        assert!(state.nav.went_back);
        assert!(!reduce(state, Action::Start).nav.went_back);
    }

    #[test]
    fn an_idle_stand_warns_for_twenty_seconds_then_forgets_the_visitor() {
        let mut config = Config::plain(awards::policy::POLICY.valid_from, true);
        config.partner.first_areas = vec!["growth"];
        config.kiosk.idle_seconds = 30;
        let mut state = State::new(Lang::En, config);
        state = reduce(state, Action::LoadSample("ai-start-up"));
        state = reduce(state, Action::ShowLink);
        assert_eq!(state.nav.step, Step::Results);

        state = reduce(state, Action::IdleWarn);
        assert_eq!((state.nav.idle_warning, state.nav.focus.clone()), (Some(IDLE_WARNING_SECONDS), Focus::IdleDialog));
        state = (0..19).fold(state, |s, _| reduce(s, Action::IdleTick));
        assert_eq!(state.nav.idle_warning, Some(1));
        let kept = reduce(state.clone(), Action::StillHere);
        assert_eq!((kept.nav.idle_warning, kept.nav.step), (None, Step::Results));
        assert!(kept.work.has_answers());

        let state_revision = state.work.revision();
        let reset = reduce(state, Action::IdleTick);
        assert_eq!((reset.nav.step, reset.nav.idle_warning, reset.nav.notice.clone()), (Step::Start, None, None));
        assert!(!reset.work.has_answers() && !reset.nav.link_shown && reset.work.areas().is_empty());
        assert_eq!((reset.config.kiosk.idle_seconds, reset.config.demo), (30, true), "the stand's own settings stay");
        assert_eq!(reset.config.partner.first_areas, ["growth"]);
        assert_eq!(reset.nav.lang, Lang::En, "the language stays");
        assert!(reset.work.revision() > state_revision, "a reset moves the revision on, never back");
    }

    #[test]
    fn another_tabs_answers_wait_for_the_users_word_and_a_failed_save_stays_said() {
        let mine = reduce(fresh(), Action::SetText(Field::Entity("name"), "本窗口".into()));
        let same = OtherTab { draft: mine.work.draft().clone(), areas: mine.work.areas().to_vec() };
        assert_eq!(reduce(mine.clone(), Action::OtherTabSaved(same)).nav.device.other_tab, None, "the same answers");

        let theirs = reduce(fresh(), Action::SetText(Field::Entity("name"), "另一窗口".into()));
        let other = OtherTab { draft: theirs.work.draft().clone(), areas: vec!["security"] };
        let asked = reduce(mine.clone(), Action::OtherTabSaved(other));
        assert!(asked.nav.device.other_tab.is_some());
        let kept = reduce(asked.clone(), Action::KeepMine);
        assert_eq!((kept.nav.device.other_tab.clone(), kept.work.draft().clone()), (None, mine.work.draft().clone()));
        let taken = reduce(asked, Action::TakeOtherTab);
        assert_eq!((taken.work.draft(), taken.work.areas()), (theirs.work.draft(), &["security"][..]));
        assert_eq!(taken.nav.device.other_tab, None);

        let failed = reduce(mine, Action::Saved(false));
        assert!(failed.nav.device.save_failed);
        assert!(reduce(failed.clone(), Action::Reset).nav.device.save_failed, "the device is the same after a reset");
        assert!(!reduce(failed, Action::Saved(true)).nav.device.save_failed);
    }

    #[test]
    fn a_clear_can_be_undone_until_new_answers_are_given_and_never_at_a_stand() {
        let answered = reduce(fresh(), Action::Import(Answers::from_json(EVERYTHING).map_err(Refusal::Invalid)));
        let cleared = reduce(answered.clone(), Action::ClearAnswers);
        assert!(!cleared.work.has_answers() && cleared.nav.cleared.is_some());
        let undone = reduce(cleared.clone(), Action::UndoClear);
        assert_eq!(undone.work.draft(), answered.work.draft());
        assert_ne!(undone.work.revision(), cleared.work.revision(), "saved again");
        assert_eq!(
            (undone.nav.step, undone.nav.notice.clone(), undone.nav.cleared.is_none()),
            (Step::Check, None, true)
        );
        // New answers end the undo.
        let anew = reduce(cleared, Action::SetFlag(Field::Entity(key::ICT_INDUSTRY), true));
        assert!(anew.nav.cleared.is_none());
        assert_eq!(reduce(anew.clone(), Action::UndoClear).work.draft(), anew.work.draft());
        // A stand's "start again" leaves nothing to bring back.
        let mut stand = answered;
        Rc::make_mut(&mut stand.config).demo = true;
        assert!(reduce(stand, Action::ClearAnswers).nav.cleared.is_none());
    }
}
