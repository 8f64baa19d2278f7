//! Where the user is: the step, the language, the errors of the page and the keyboard focus.

use awards::answers::{key, FieldError, FieldPath};
use awards::lang::Lang;
use awards::policy::{AREAS, ENTITY, MEASURES};

use super::{Focus, State};
use crate::draft::{self, Field};

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

/// Where the user is: the step, the language, the page's errors and where the focus goes.
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
    /// Where the saved work stopped, for "continue where you left off".
    pub resume_at: Option<Step>,
    /// The step whose page the browser has painted since it was reached (told from a task after
    /// the one that drew it, `hooks::use_focus`). Until then the results page draws only its first
    /// screen, so that the total is on screen before a long page's layout (a share link opened on
    /// a phone: about a quarter sooner), and the rest after it.
    pub painted: Option<Step>,
}

impl Nav {
    /// Whether the page shown has been painted once, so that all of it may be drawn.
    pub fn painted(&self) -> bool {
        self.painted == Some(self.step)
    }

    pub(super) fn go(&mut self, step: Step) {
        self.step = step;
        // Reached anew, painted anew: a page left and come back to is drawn in two steps again.
        self.painted = None;
        self.went_back = false;
        self.errors.clear();
        self.focus_on(Focus::Heading);
    }

    pub(super) fn focus_on(&mut self, target: Focus) {
        self.focus = target;
        self.focus_request = self.focus_request.wrapping_add(1);
    }
}

/// Moving between the steps: which steps this user walks, what stops a page, where an address
/// may lead.
impl State {
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

    pub(super) fn next(&self) -> Step {
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
                if self.work.draft.flag(&field).is_none() {
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
    pub(super) fn reachable(&self, step: Step) -> Step {
        let shows_answers = matches!(step, Step::Projects | Step::Check | Step::Results);
        if shows_answers && !self.work.has_answers() {
            Step::Start
        } else if self.path().contains(&step) {
            step
        } else {
            Step::Areas
        }
    }

    /// The address bar changed (back / forward): show that step, checking nothing.
    pub(super) fn navigate(&mut self, step: Step) {
        let step = self.reachable(step);
        if step != self.nav.step {
            self.go(step);
            self.nav.return_to_check = false;
        }
    }

    /// "Continue": the page's problems, or the next step (back to the check page after a change).
    pub(super) fn continue_on(&mut self) {
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

    pub(super) fn back(&mut self) {
        self.go(self.previous());
        self.nav.went_back = true;
        self.nav.return_to_check = false;
    }

    /// A change link from the check page: to the question, then back.
    pub(super) fn change(&mut self, step: Step, focus: Focus) {
        self.go(step);
        self.nav.return_to_check = true;
        self.focus_on(focus);
    }
}
