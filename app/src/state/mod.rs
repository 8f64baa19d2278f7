//! The one UI state and every change to it: `reduce(state, action) -> state`. No side effect here:
//! saving, the address bar and focus are effects in `app.rs` that follow the state. The state is
//! split by concern, each in a module of its own: where the user is (`nav`), the answers (`work`),
//! the device's storage (`device`), the share link (`sharing`), the stand's idle clock (`stand`).

mod config;
mod device;
mod nav;
mod notice;
mod sharing;
mod stand;
mod work;

use std::rc::Rc;

use super::draft::{Draft, Entry, Field};
pub use super::focus::Focus;
use awards::answers::Answers;
use awards::lang::Lang;
pub use config::{Config, Partner};
pub use device::{Device, Handled, OtherTab, SetAside};
pub use nav::{Nav, PageError, Step};
pub use notice::{Notice, Refusal};
pub use sharing::{Shared, Sharing};
pub use stand::{Kiosk, Stand, IDLE_DEFAULT_SECONDS, IDLE_SECONDS, IDLE_WARNING_SECONDS};
pub use work::Work;

/// The state of the app, split by concern: the configuration (shared, never changed), the
/// answers (shared until changed, so that a step or a notice does not copy them), where the user
/// is, the notice at the top, the device's storage, the share link and the stand's idle clock.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub config: Rc<Config>,
    pub work: Rc<Work>,
    pub nav: Nav,
    pub notice: Option<Notice>,
    /// The answers the user just cleared, for "undo" until new answers are given (this page only).
    pub cleared: Option<Rc<Work>>,
    pub device: Device,
    pub sharing: Sharing,
    pub stand: Stand,
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
    /// The browser has painted the page of this step (`Nav::painted`).
    Painted(Step),
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
    /// "Copy the link" was pressed: whether the browser copied it.
    LinkCopied(bool),
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
        State {
            config: Rc::new(config),
            work: Rc::new(Work::default()),
            nav: Nav { lang, ..Nav::default() },
            notice: None,
            cleared: None,
            device: Device::default(),
            sharing: Sharing::default(),
            stand: Stand::default(),
        }
    }

    fn go(&mut self, step: Step) {
        // "Imported: please check the answers" is done with once the check page is left.
        if step != Step::Check && matches!(self.notice, Some(Notice::Imported)) {
            self.notice = None;
        }
        self.nav.go(step);
    }

    fn focus_on(&mut self, target: Focus) {
        self.nav.focus_on(target);
    }

    /// Changes the answers; a link shown for the old ones goes, and so does the undo of a clear.
    fn edit(&mut self, change: impl FnOnce(&mut Draft)) {
        Rc::make_mut(&mut self.work).edit(change);
        self.sharing.link_shown = false;
        self.cleared = None;
    }

    /// Replaces the answers with checked ones (import, share link).
    fn replace_answers(&mut self, answers: &Answers) {
        let draft = Draft::from_value(&answers.to_value());
        let areas = draft.areas_claimed();
        Rc::make_mut(&mut self.work).replace(draft, areas);
        self.sharing.link_shown = false;
        self.cleared = None;
        self.go(Step::Check);
    }

    /// A bare start for the next visitor: the configuration stays, and so do the language, what
    /// the device's storage did and the focus counter (so that the focus still moves).
    fn fresh_start(&self) -> State {
        let mut work = Work::default();
        work.revision = self.work.revision.wrapping_add(1);
        let nav = Nav { lang: self.nav.lang, focus_request: self.nav.focus_request.wrapping_add(1), ..Nav::default() };
        State {
            config: Rc::clone(&self.config),
            work: Rc::new(work),
            nav,
            notice: None,
            cleared: None,
            device: Device { other_tab: None, ..self.device.clone() },
            sharing: Sharing::default(),
            stand: Stand::default(),
        }
    }

    /// What `action` does to the state, each concern's changes in its own module. In place:
    /// moving the whole state through every arm costs several KB of WebAssembly for nothing.
    pub fn apply(&mut self, action: Action) {
        match action {
            // Where the user is (nav.rs).
            Action::SetLang(lang) => self.nav.lang = lang,
            Action::Navigate(step) => self.navigate(step),
            Action::Start => self.go(Step::Basics),
            Action::Resume => self.go(self.reachable(self.nav.resume_at.unwrap_or(Step::Basics))),
            Action::Continue => self.continue_on(),
            Action::Back => self.back(),
            Action::Change { step, focus } => self.change(step, focus),
            Action::Focus(target) => self.focus_on(target),
            Action::Painted(step) => self.nav.painted = Some(step),
            // The answers (work.rs).
            Action::SetFlag(field, value) => self.edit(|d| d.set(&field, Some(Entry::Flag(value)))),
            Action::SetText(field, text) => self.edit(|d| d.set(&field, Some(Entry::Typed(text)))),
            Action::ToggleChoice(field, choice) => self.edit(|d| d.toggle_choice(&field, choice)),
            Action::SetChoice(field, choice) => self.edit(|d| d.set(&field, choice.map(|c| Entry::Chosen(vec![c])))),
            Action::AddItem { measure, list } => self.add_item(measure, list),
            Action::RemoveItem { measure, list, index } => self.remove_item(measure, list, index),
            Action::ToggleArea(area) => Rc::make_mut(&mut self.work).toggle_area(area),
            Action::AddProject => self.add_project(),
            Action::RemoveProject(index) => self.remove_project(index),
            Action::ToggleProjectMeasure(index, id) => self.edit(|d| d.toggle_project_measure(index, id)),
            Action::Import(Ok(answers)) => {
                self.replace_answers(&answers);
                self.notice = Some(Notice::Imported);
            }
            Action::Import(Err(lines)) => self.notice = Some(Notice::ImportRefused(lines)),
            Action::ImportedFromEdition(edition) => self.notice = Some(Notice::ImportedOtherEdition(edition)),
            Action::ClearAnswers => self.clear_answers(),
            Action::UndoClear => self.undo_clear(),
            Action::LoadSample(key) => {
                if let Some(answers) = awards::samples::answers(key) {
                    self.replace_answers(&answers);
                    self.go(Step::Results);
                }
            }
            Action::DismissNotice => self.notice = None,
            // The share link (sharing.rs).
            Action::OfferShared(shared) => self.offer_shared(shared),
            Action::ShareUnreadable(refusal) => self.notice = Some(Notice::ShareUnreadable(refusal)),
            Action::AcceptShared => self.accept_shared(),
            Action::DeclineShared => self.sharing.pending = None,
            Action::ShowLink => {
                self.sharing.link_shown = true;
                self.sharing.copied = None;
            }
            Action::LinkCopied(copied) => self.sharing.copied = Some(copied),
            Action::ToggleHandOff => self.sharing.hand_off = !self.sharing.hand_off,
            // The stand's idle clock (stand.rs).
            Action::IdleWarn => {
                self.stand.warn();
                // The visitor may have gone: their code is not left for the next to scan.
                self.sharing.hand_off = false;
                self.focus_on(Focus::IdleDialog);
            }
            Action::IdleTick => {
                if self.stand.tick_is_last() {
                    self.apply(Action::Reset);
                }
            }
            Action::StillHere => {
                if self.stand.still_here() {
                    self.focus_on(Focus::Heading);
                }
            }
            Action::Reset => *self = self.fresh_start(),
            // The device's storage and other tabs (device.rs).
            Action::Saved(worked) => self.device.save_failed = !worked,
            Action::OtherTabSaved(other) => self.device.other_tab_saved(other, &self.work),
            Action::KeepMine => self.device.other_tab = None,
            Action::TakeOtherTab => self.take_other_tab(),
            Action::SetAsideHandled(key, handled) => self.device.handled(&key, handled),
            Action::UnreadInPlaceHandled => self.device.unread_in_place = None,
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
    use awards::answers::{key, FieldPath};
    use awards::policy::AREAS;
    const EVERYTHING: &str = include_str!("../../../docs/examples/everything-claimed.json");

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
        assert_eq!(state.work.draft().text(&investment), "-5");
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
        assert_eq!(state.work.draft().text(&name), "示例公司");
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
        assert_eq!(offered.work.draft().text(&Field::Entity("name")), "mine");
        let declined = reduce(offered.clone(), Action::DeclineShared);
        assert_eq!(declined.work.draft().text(&Field::Entity("name")), "mine");
        let accepted = reduce(offered, Action::AcceptShared);
        assert_eq!(accepted.work.draft().text(&Field::Entity("name")), "示例数据科技有限公司");
        assert_eq!(accepted.work.areas().len(), AREAS.len());
        assert_eq!(accepted.nav.step, Step::Check);

        // A device without answers of its own: straight to the link's results, told so.
        let shared = Answers::from_json(EVERYTHING).unwrap_or_default();
        let fresh = run(vec![Action::OfferShared(Shared { answers: shared, verified: true })]);
        assert_eq!((fresh.nav.step, fresh.sharing.pending.clone()), (Step::Results, None));
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
        assert_eq!(after.notice, Some(Notice::ImportRefused(Refusal::Unreadable)));
    }

    #[test]
    fn a_page_is_painted_once_the_browser_says_so_for_its_own_step_only() {
        let started = run(vec![Action::Start]);
        assert!(!started.nav.painted(), "reached, not yet painted");
        let painted = reduce(started.clone(), Action::Painted(Step::Basics));
        assert!(painted.nav.painted());
        // The word for a page already left says nothing of the page now shown.
        assert!(!reduce(started, Action::Painted(Step::Start)).nav.painted());
        let next = reduce(painted.clone(), Action::Navigate(Step::Areas));
        assert!(!next.nav.painted(), "a new step is painted anew");
        let again = reduce(reduce(painted, Action::Navigate(Step::Start)), Action::Navigate(Step::Basics));
        assert!(!again.nav.painted(), "and so is a step left and come back to");
    }

    #[test]
    fn a_saved_step_the_saved_areas_do_not_lead_to_resumes_at_the_choice_of_areas() {
        let mut saved = fresh();
        saved.work = Rc::new(Work::new(Draft::default(), vec!["security"]));
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
        state = reduce(state, Action::ToggleHandOff);
        assert_eq!((state.nav.step, state.sharing.hand_off), (Step::Results, true));

        state = reduce(state, Action::IdleWarn);
        assert!(!state.sharing.hand_off, "the QR code goes as the countdown starts");
        assert_eq!(
            (state.stand.idle_warning, state.nav.focus.clone()),
            (Some(IDLE_WARNING_SECONDS), Focus::IdleDialog)
        );
        state = (0..19).fold(state, |s, _| reduce(s, Action::IdleTick));
        assert_eq!(state.stand.idle_warning, Some(1));
        let kept = reduce(state.clone(), Action::StillHere);
        assert_eq!((kept.stand.idle_warning, kept.nav.step), (None, Step::Results));
        assert!(kept.work.has_answers());

        let state_revision = state.work.revision();
        let reset = reduce(state, Action::IdleTick);
        assert_eq!((reset.nav.step, reset.stand.idle_warning, reset.notice.clone()), (Step::Start, None, None));
        assert!(!reset.work.has_answers() && !reset.sharing.link_shown && reset.work.areas().is_empty());
        assert_eq!((reset.config.kiosk.idle_seconds, reset.config.demo), (30, true), "the stand's own settings stay");
        assert_eq!(reset.config.partner.first_areas, ["growth"]);
        assert_eq!(reset.nav.lang, Lang::En, "the language stays");
        assert!(reset.work.revision() > state_revision, "a reset moves the revision on, never back");
    }

    #[test]
    fn another_tabs_answers_wait_for_the_users_word_and_a_failed_save_stays_said() {
        let mine = reduce(fresh(), Action::SetText(Field::Entity("name"), "本窗口".into()));
        let same = OtherTab { draft: mine.work.draft().clone(), areas: mine.work.areas().to_vec() };
        assert_eq!(reduce(mine.clone(), Action::OtherTabSaved(same)).device.other_tab, None, "the same answers");

        let theirs = reduce(fresh(), Action::SetText(Field::Entity("name"), "另一窗口".into()));
        let other = OtherTab { draft: theirs.work.draft().clone(), areas: vec!["security"] };
        let asked = reduce(mine.clone(), Action::OtherTabSaved(other));
        assert!(asked.device.other_tab.is_some());
        let kept = reduce(asked.clone(), Action::KeepMine);
        assert_eq!((kept.device.other_tab.clone(), kept.work.draft().clone()), (None, mine.work.draft().clone()));
        let taken = reduce(asked, Action::TakeOtherTab);
        assert_eq!((taken.work.draft(), taken.work.areas()), (theirs.work.draft(), &["security"][..]));
        assert_eq!(taken.device.other_tab, None);

        let failed = reduce(mine, Action::Saved(false));
        assert!(failed.device.save_failed);
        assert!(reduce(failed.clone(), Action::Reset).device.save_failed, "the device is the same after a reset");
        assert!(!reduce(failed, Action::Saved(true)).device.save_failed);
    }

    #[test]
    fn the_import_notice_asks_for_a_check_and_goes_once_the_check_page_is_left() {
        let imported = reduce(fresh(), Action::Import(Answers::from_json(EVERYTHING).map_err(Refusal::Invalid)));
        assert_eq!((imported.nav.step, imported.notice.clone()), (Step::Check, Some(Notice::Imported)));
        let results = reduce(imported.clone(), Action::Continue);
        assert_eq!((results.nav.step, results.notice.clone()), (Step::Results, None));
        let back = reduce(imported, Action::Back);
        assert_ne!(back.nav.step, Step::Check);
        assert_eq!(back.notice, None);
        // A file of another edition is said on every page: its figures may differ.
        let other = reduce(results, Action::ImportedFromEdition("2024".into()));
        assert!(reduce(other, Action::Back).notice.is_some());
    }

    #[test]
    fn a_clear_can_be_undone_until_new_answers_are_given_and_never_at_a_stand() {
        let answered = reduce(fresh(), Action::Import(Answers::from_json(EVERYTHING).map_err(Refusal::Invalid)));
        let cleared = reduce(answered.clone(), Action::ClearAnswers);
        assert!(!cleared.work.has_answers() && cleared.cleared.is_some());
        let undone = reduce(cleared.clone(), Action::UndoClear);
        assert_eq!(undone.work.draft(), answered.work.draft());
        assert_ne!(undone.work.revision(), cleared.work.revision(), "saved again");
        assert_eq!((undone.nav.step, undone.notice.clone(), undone.cleared.is_none()), (Step::Check, None, true));
        // New answers end the undo.
        let anew = reduce(cleared, Action::SetFlag(Field::Entity(key::ICT_INDUSTRY), true));
        assert!(anew.cleared.is_none());
        assert_eq!(reduce(anew.clone(), Action::UndoClear).work.draft(), anew.work.draft());
        // A stand's "start again" leaves nothing to bring back.
        let mut stand = answered;
        Rc::make_mut(&mut stand.config).demo = true;
        assert!(reduce(stand, Action::ClearAnswers).cleared.is_none());
    }
}
