//! The app: the first state (from the address and what was saved), one reducer over it, the
//! effects that follow it (`hooks`), and the page of the current step.

use std::rc::Rc;

use yew::prelude::*;

use super::ctx::{Ctx, Model};
use super::hooks::{use_autosave, use_document, use_embed_messages, use_focus, use_history, use_idle};
use super::options::{self, origin_of, Options};
use super::state::{reduce, Action, Config, Kiosk, Notice, Partner, State, Step, Work};
use super::storage::{Store, Unreadable};
use super::views::layout::layout;
use super::{browser, pages};
use awards::lang::Lang;
use awards::policy::POLICY;

/// Builds the first state from the address and what was saved.
fn initial_state(options: Options) -> State {
    let store = Store { enabled: !options.demo };
    let own_home = browser::standalone_address();
    let config = Config {
        today: browser::today().unwrap_or(POLICY.valid_from),
        demo: options.demo,
        storage_refused: store.refused(),
        partner: Partner {
            // Known only where the framing page's referrer policy tells its origin (by default).
            unheard: options.embed_origin.as_deref().is_some_and(|host| {
                let framer = browser::referrer();
                !framer.is_empty() && origin_of(&framer) != host
            }),
            embed_origin: options.embed_origin,
            accent: options.accent,
            first_areas: options.first_areas,
        },
        // Links and QR codes lead to the public site where one is set (a kiosk on localhost or
        // a USB stick), else to this page.
        home: options.public_base.unwrap_or_else(|| own_home.clone()),
        own_home,
        kiosk: Kiosk { idle_seconds: options.idle_seconds, large: options.large },
    };
    for warning in &options.warnings {
        gloo::console::warn!(warning);
    }
    let mut state = State::new(options.lang.unwrap_or(Lang::Zh), config);
    match store.load() {
        Ok(Some(saved)) => {
            state.work = Rc::new(Work::new(saved.draft, saved.areas));
            state.nav.resume_at = saved.step.filter(|s| *s != Step::Start);
            state.nav.lang = options.lang.unwrap_or(saved.lang);
        }
        Ok(None) => {}
        Err(refusal) => {
            // Set aside, never destroyed: offered for download on every start until the user
            // downloads or deletes it. Where it cannot be set aside, nothing is saved over it.
            if let Some(Unreadable::LeftInPlace(text)) = store.set_aside(&browser::now()) {
                state.device.unread_in_place = Some(text.into());
            }
            state.notice = Some(Notice::SavedDataUnreadable(refusal));
        }
    }
    state.device.set_aside = store.set_asides();
    match options.shared {
        Some(Ok(shared)) => {
            state = reduce(state, Action::OfferShared(shared));
            // The answers must not stay in the address bar: the step's own address instead.
            browser::replace_fragment(&state.nav.step.fragment());
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
        state.nav.focus_request = 0;
    }
    state
}

#[function_component(App)]
pub fn app() -> Html {
    let model = use_reducer(|| {
        let options = options::parse(&browser::query(), &browser::fragment(), browser::decode_uri_component);
        Model::new(initial_state(options))
    });
    use_history(&model);
    use_autosave(&model);
    use_embed_messages(&model);
    use_idle(&model);
    use_document(&model);
    use_focus(&model);
    frame(&model)
}

/// The page of the current step inside the frame, for the state held by `model`.
fn frame(model: &Ctx) -> Html {
    let page = match model.state.nav.step {
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

/// The state a first visit starts in: Chinese, the start page, nothing saved, no partner, no
/// stand. The release build draws its page into `index.html` (`src/bin/prerender.rs`); the day is
/// the policy's first, so no "not in force" note is drawn (the app draws one from the device's
/// day if it needs it).
pub fn first_visit() -> State {
    State::new(Lang::Zh, Config::plain(POLICY.valid_from, false))
}

/// The state that first visit is in once "start" is pressed: the organisation's questions, none
/// answered. The release build draws this page too, shown when "start" is pressed before the app
/// has started (`scripts/post-build.mjs`, 2d).
pub fn first_question() -> State {
    reduce(first_visit(), Action::Navigate(Step::Basics))
}

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub state: State,
}

/// The page for a given state, without the app's start-up and effects (which need a browser):
/// what the render tests render on the server side.
#[function_component(Preview)]
pub fn preview(props: &PreviewProps) -> Html {
    let model = use_reducer(|| Model::new(props.state.clone()));
    frame(&model)
}
