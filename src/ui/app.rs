//! The app: one reducer over [`State`], the effects that follow it (address bar, storage, focus,
//! document language), and the page of the current step.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser;
use super::components::layout::layout;
use super::i18n::tr;
use super::options::{self, SHARE_PREFIX};
use super::pages;
use super::state::{reduce, Action, Notice, State, Step};
use super::storage::Store;
use crate::policy::{Lang, POLICY};

/// The state as yew holds it.
#[derive(Clone, PartialEq)]
pub struct Model(pub State);

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Model(reduce(self.0.clone(), action)))
    }
}

/// The state and its dispatcher, handed to every page function: it reads the one and sends to
/// the other.
pub type Ctx = UseReducerHandle<Model>;

/// A callback that sends `action`, whatever the event: one closure type serves every button
/// and box, where a closure of its own each would be compiled once each.
pub fn send<E>(ctx: &Ctx, action: Action) -> Callback<E> {
    let ctx = ctx.clone();
    Callback::from(move |_| ctx.dispatch(action.clone()))
}

/// Builds the first state from the address and what was saved.
fn initial_state() -> State {
    let options = options::parse(&browser::query(), &browser::fragment(), browser::decode_uri_component);
    let store = Store { enabled: !options.demo };
    let today = browser::today().unwrap_or(POLICY.valid_from);
    let mut state = State::new(options.lang.unwrap_or(Lang::Zh), today, options.demo);
    state.storage_refused = store.refused();
    match store.load() {
        Ok(Some(saved)) => {
            state.draft = saved.draft;
            state.areas = saved.areas;
            state.resume_at = saved.step.filter(|s| *s != Step::Start);
            state.lang = options.lang.unwrap_or(saved.lang);
        }
        Ok(None) => {}
        Err(_) => {
            store.clear();
            state.notice = Some(Notice::SavedDataUnreadable);
        }
    }
    match options.shared {
        Some(Ok(answers)) => {
            state.pending_share = Some(answers);
            browser::replace_fragment("#/");
        }
        Some(Err(())) => {
            state.notice = Some(Notice::ShareUnreadable);
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

#[function_component(App)]
pub fn app() -> Html {
    let model = use_reducer(|| Model(initial_state()));
    let state = &model.0;
    // Demo mode is the one switch of the store.
    let store = Store { enabled: !state.demo };

    // Back and forward: the address decides the step. A share link pasted into the address bar
    // of an open page arrives the same way, as a new fragment.
    {
        let model = model.clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|window| {
                let on_history = model.clone();
                let popstate = EventListener::new(&window, "popstate", move |_| {
                    if let Some(step) = Step::from_fragment(&browser::fragment()) {
                        on_history.dispatch(Action::Navigate(step));
                    }
                });
                let hashchange = EventListener::new(&window, "hashchange", move |event| {
                    let fragment = browser::fragment();
                    if fragment.starts_with(SHARE_PREFIX) {
                        let options = options::parse("", &fragment, browser::decode_uri_component);
                        // Back to the step's own address: the answers must not stay in the bar.
                        let old = event.dyn_ref::<web_sys::HashChangeEvent>().map(|e| e.old_url()).unwrap_or_default();
                        browser::replace_fragment(old.find('#').and_then(|at| old.get(at..)).unwrap_or("#/"));
                        model.dispatch(match options.shared {
                            Some(Ok(answers)) => Action::OfferShared(answers),
                            _ => Action::ShareUnreadable,
                        });
                    }
                });
                (popstate, hashchange)
            });
            move || drop(listeners)
        });
    }

    // The address follows the step, one history entry per step.
    use_effect_with(state.step, |step| {
        let fragment = step.fragment();
        let current = browser::fragment();
        if current.is_empty() {
            // The bare address on first load is the start page: no extra history entry.
            browser::replace_fragment(&fragment);
        } else if current != fragment && !current.starts_with(SHARE_PREFIX) {
            browser::push_fragment(&fragment);
        }
    });

    // Saving follows every change (the store is off in demo mode).
    use_effect_with(model.clone(), move |model| {
        if model.0.notice == Some(Notice::Cleared) && !model.0.has_answers() {
            store.clear();
        } else {
            store.save(&model.0);
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

    use_effect_with(state.lang, |lang| {
        browser::set_document_language(lang.tag());
        browser::set_title(tr(*lang, "app.title"));
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
