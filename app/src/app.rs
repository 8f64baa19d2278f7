//! The app: one reducer over [`State`], the effects that follow it (address bar, storage, focus,
//! document language, the host's frame), and the page of the current step.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::ctx::{Ctx, Model};
use super::embed::{self, ToHost};
use super::options::{self, Options};
use super::state::{reduce, Action, Kiosk, Notice, OtherTab, Partner, State, Step};
use super::storage::{self, when_to_save, Saving, Snapshot, Store};
use super::views::layout::layout;
use super::{browser, pages};
use awards::lang::Lang;
use awards::policy::POLICY;
use awards::text;

/// How long typing may pause before the work is saved. A page hidden or closed saves at once.
const AUTOSAVE_DELAY_MS: u32 = 400;

/// Builds the first state from the address and what was saved.
fn initial_state(options: Options) -> State {
    let store = Store { enabled: !options.demo };
    let today = browser::today().unwrap_or(POLICY.valid_from);
    let mut state = State::new(options.lang.unwrap_or(Lang::Zh), today, options.demo);
    state.storage_refused = store.refused();
    // Links and QR codes lead to the public site where one is set (a kiosk on localhost or a
    // USB stick), else to this page.
    state.own_home = browser::standalone_address();
    state.home = options.public_base.clone().unwrap_or_else(|| state.own_home.clone());
    state.kiosk = Kiosk { idle_seconds: options.idle_seconds, large: options.large, warning: None };
    state.partner =
        Partner { embed_origin: options.embed_origin, accent: options.accent, first_areas: options.first_areas };
    for warning in &options.warnings {
        gloo::console::warn!(warning);
    }
    match store.load() {
        Ok(Some(saved)) => {
            state.draft = saved.draft;
            state.areas = saved.areas;
            state.resume_at = saved.step.filter(|s| *s != Step::Start);
            state.lang = options.lang.unwrap_or(saved.lang);
        }
        Ok(None) => {}
        Err(refusal) => {
            // Set aside, never destroyed: the notice offers it for download, and clearing the
            // saved answers is the user's own act.
            state.device.set_aside = store.set_aside();
            state.notice = Some(Notice::SavedDataUnreadable(refusal));
        }
    }
    match options.shared {
        Some(Ok(shared)) => {
            state = reduce(state, Action::OfferShared(shared));
            // The answers must not stay in the address bar: the step's own address instead.
            browser::replace_fragment(&state.step.fragment());
        }
        Some(Err(refusal)) => {
            state.notice = Some(Notice::ShareUnreadable(refusal));
            browser::replace_fragment("#/");
        }
        None => {}
    }
    // A reload resumes at the step in the address, where that step is still on the path.
    if let Some(step) = options.step {
        state = reduce(state, Action::Navigate(step));
        state.focus_request = 0;
    }
    state
}

/// The work waiting to be saved, and the timer that will save it.
#[derive(Default)]
struct Autosave {
    /// What was saved of the state last rendered, to tell what a change touched.
    last: Option<Snapshot>,
    pending: Option<Ctx>,
    timer: Option<Timeout>,
}

impl Autosave {
    /// Saves what is pending (the timer has fired). The handle reads the newest state. While
    /// another tab's answers wait for the user's word, nothing is saved over them.
    fn save_pending(&mut self, store: Store) {
        if let Some(model) = self.pending.take() {
            if model.0.device.other_tab.is_some() {
                return;
            }
            let worked = store.save(&model.0);
            // Told only when it changes, so that a save does not start another.
            if worked == model.0.device.save_failed {
                model.dispatch(Action::Saved(worked));
            }
        }
    }

    /// Saves what is pending now, before its timer (the page is being hidden or closed).
    fn flush(&mut self, store: Store) {
        if let Some(timer) = self.timer.take() {
            timer.cancel();
        }
        self.save_pending(store);
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let model = use_reducer(|| {
        Model(initial_state(options::parse(&browser::query(), &browser::fragment(), browser::decode_uri_component)))
    });
    let state = &model.0;
    let embed_origin = state.partner.embed_origin.clone();
    let accent = state.partner.accent.clone();
    // Demo mode is the one switch of the store.
    let store = Store { enabled: !state.demo };
    let autosave = use_mut_ref(Autosave::default);

    // Back and forward: the address decides the step. A share link pasted into the address bar
    // of an open page arrives the same way, as a new fragment.
    {
        let model = model.clone();
        use_effect_with((), move |_| {
            let listeners = {
                let window = gloo::utils::window();
                let on_history = model.clone();
                let popstate = EventListener::new(&window, "popstate", move |_| {
                    if let Some(step) = Step::from_fragment(&browser::fragment()) {
                        on_history.dispatch(Action::Navigate(step));
                    }
                });
                let hashchange = EventListener::new(&window, "hashchange", move |event| {
                    let fragment = browser::fragment();
                    if let Some(shared) = options::shared_answers(&fragment, browser::decode_uri_component) {
                        // Back to the step's own address: the answers must not stay in the bar.
                        let old = event.dyn_ref::<web_sys::HashChangeEvent>().map(|e| e.old_url()).unwrap_or_default();
                        browser::replace_fragment(old.find('#').and_then(|at| old.get(at..)).unwrap_or("#/"));
                        model.dispatch(match shared {
                            Ok(shared) => Action::OfferShared(shared),
                            Err(refusal) => Action::ShareUnreadable(refusal),
                        });
                    }
                });
                (popstate, hashchange)
            };
            move || drop(listeners)
        });
    }

    // The address follows the step, one history entry per step. The app's own Back goes back in
    // the browser's history where the entry before is that step, so that history does not pile
    // up; `trail` is the entries this page has pushed, newest last.
    {
        let trail = use_mut_ref(Vec::<String>::new);
        let went_back = state.went_back;
        use_effect_with(state.step, move |step| {
            let fragment = step.fragment();
            let current = browser::fragment();
            let mut trail = trail.borrow_mut();
            let before_last = trail.len().checked_sub(2).and_then(|at| trail.get(at)).cloned();
            if current.is_empty() {
                // The bare address on first load is the start page: no extra history entry.
                browser::replace_fragment(&fragment);
                *trail = vec![fragment];
            } else if current == fragment || options::is_share(&current) {
                // The browser moved (back, forward, a typed address): what was pushed is unknown.
                *trail = vec![fragment];
            } else if went_back && before_last.as_deref() == Some(fragment.as_str()) {
                trail.pop();
                browser::history_back();
            } else if went_back {
                browser::replace_fragment(&fragment);
                trail.pop();
                trail.push(fragment);
            } else {
                browser::push_fragment(&fragment);
                trail.push(fragment);
            }
        });
    }

    // Saving follows every change (the store is off in demo mode); typing is saved when it
    // pauses, so a long draft is not written out on every key.
    {
        let autosave = autosave.clone();
        use_effect_with(model.clone(), move |model| {
            let mut saving_now = autosave.borrow_mut();
            let Some(before) = saving_now.last.replace(Snapshot::of(&model.0)) else {
                return;
            };
            match when_to_save(&before, &model.0) {
                Saving::Nothing => {}
                Saving::AfterAPause => {
                    saving_now.pending = Some(model.clone());
                    let later = autosave.clone();
                    saving_now.timer =
                        Some(Timeout::new(AUTOSAVE_DELAY_MS, move || later.borrow_mut().save_pending(store)));
                }
                Saving::Now => {
                    saving_now.pending = Some(model.clone());
                    saving_now.flush(store);
                }
                Saving::Clear => {
                    saving_now.pending = None;
                    saving_now.flush(store);
                    store.clear();
                }
            }
        });
    }

    // Another tab of the self-check saved: say so here, and save nothing over it unseen.
    {
        let model = model.clone();
        use_effect_with(store, move |store| {
            let store = *store;
            let listener = store.enabled.then(|| {
                EventListener::new(&gloo::utils::window(), "storage", move |event| {
                    let key = event.dyn_ref::<web_sys::StorageEvent>().and_then(web_sys::StorageEvent::key);
                    if key.as_deref() != Some(storage::KEY) {
                        return;
                    }
                    let other = match store.load() {
                        Ok(Some(saved)) => OtherTab { draft: saved.draft, areas: saved.areas },
                        // Cleared there: the other tab holds no answers.
                        Ok(None) => OtherTab { draft: crate::draft::empty(), areas: Vec::new() },
                        // Unreadable there: this tab's answers are the ones to keep.
                        Err(_) => return,
                    };
                    model.dispatch(Action::OtherTabSaved(other));
                })
            });
            move || drop(listener)
        });
    }

    // A page being hidden or closed may never run the timer: save now.
    use_effect_with(store, move |store| {
        let store = *store;
        let flush = |autosave: Rc<RefCell<Autosave>>| move |_: &Event| autosave.borrow_mut().flush(store);
        let window = gloo::utils::window();
        let document = gloo::utils::document();
        let listeners = (
            EventListener::new(&window, "pagehide", flush(autosave.clone())),
            EventListener::new(&document, "visibilitychange", flush(autosave)),
        );
        move || drop(listeners)
    });

    // Framed by a partner's page: tell it the height whenever it changes, and the step, and
    // nothing else.
    use_effect_with(embed_origin.clone(), |origin| {
        let observer = origin.clone().and_then(embed::HeightObserver::start);
        move || drop(observer)
    });
    use_effect_with((state.step, embed_origin), |(step, origin)| {
        if let Some(origin) = origin {
            embed::post(&ToHost::Step { step: step.fragment() }, origin);
        }
    });

    // Demo mode at a stand: a bare start for the next visitor once nobody is there.
    {
        let model = model.clone();
        // Whether the warning is on screen, for the watch's clock; one cell for the app's life.
        let showing: Rc<Cell<bool>> = Rc::clone(&use_memo((), |_| Rc::new(Cell::new(false))));
        let warning_shown = Rc::clone(&showing);
        use_effect_with(state.kiosk.warning.is_some(), move |shown| warning_shown.set(*shown));
        use_effect_with((state.demo, state.kiosk.idle_seconds), move |(demo, idle_seconds)| {
            let watch = demo.then(|| super::idle::Watch::start(*idle_seconds, model, Rc::clone(&showing)));
            move || drop(watch)
        });
    }

    // A partner's brand colour, as custom properties the style sheets use.
    use_effect_with(accent, |accent| {
        if let Some(colour) = accent {
            browser::set_style_property("--colour-action", colour);
            browser::set_style_property("--colour-action-shadow", "rgb(0 0 0 / 0.55)");
            browser::set_style_property("--colour-panel", colour);
        }
    });

    // Focus moves to the page heading on each step, or to the element an action asked for.
    use_effect_with((state.focus_request, state.focus.clone()), |(request, target)| {
        if *request > 0 {
            let focused = target.as_deref().is_some_and(browser::focus);
            if !focused {
                browser::focus("page-heading");
            }
        }
    });

    use_effect_with((state.lang, state.today), |(lang, today)| {
        let t = text::of(*lang);
        browser::set_document_language(lang.tag());
        browser::set_title(t.app_title);
        let foot = format!("{} · {} {}", POLICY.document_number, t.report_date, (t.date)(*today));
        browser::set_print_foot(&foot, t.report_page_css);
    });

    frame(&model)
}

/// The page of the current step inside the frame, for the state held by `model`.
fn frame(model: &Ctx) -> Html {
    let page = match model.0.step {
        Step::Start => pages::start::start(model),
        Step::Basics => pages::basics::basics(model),
        Step::Areas => pages::areas::areas(model),
        Step::Area(area) => pages::area::area_page(model, area),
        Step::Projects => pages::projects::projects(model),
        Step::Check => pages::check::check(model),
        Step::Results => pages::results::results(model),
    };
    layout(model, page)
}

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub state: State,
}

/// The page for a given state, without the app's start-up and effects (which need a browser):
/// what the render tests render on the server side.
#[function_component(Preview)]
pub fn preview(props: &PreviewProps) -> Html {
    let model = use_reducer(|| Model(props.state.clone()));
    frame(&model)
}
