//! The state as a page is handed it, and what a page hands its views instead: a `Dispatcher`
//! (sends, cannot read), a `Form` (what a page of questions reads), a `Link` (what the share
//! link's views show). Pages and views import this, never `app`, so that no module imports a
//! module that imports it back.

use std::rc::Rc;

use crate::draft::Draft;
use yew::prelude::*;

use super::derived::{Code, Derived};
use super::options::{standalone_link, SHARE_PREFIX};
use super::state::{Action, PageError, State};
use awards::lang::Lang;

/// The state as yew holds it, with what its answers give (computed once a revision of them).
pub struct Model {
    pub state: State,
    pub derived: Rc<Derived>,
}

impl Model {
    pub fn new(state: State) -> Model {
        let derived = Rc::new(Derived::of(Rc::clone(&state.work), state.config.today));
        Model { state, derived }
    }
}

impl Reducible for Model {
    type Action = Action;

    /// The state after `action`. The configuration and the answers are shared, not copied;
    /// what the answers give is kept while their revision stays.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut state = self.state.clone();
        state.apply(action);
        if state.work.revision() == self.derived.revision() {
            Rc::new(Model { state, derived: Rc::clone(&self.derived) })
        } else {
            Rc::new(Model::new(state))
        }
    }
}

/// The state and its dispatcher, handed to every page function: it reads the one and sends to
/// the other. A page hands its views only the values they show and a [`Dispatcher`].
pub type Ctx = UseReducerHandle<Model>;

/// The way to change the state, with no view of it: what a view that sends actions is handed.
/// The handle itself, kept out of reach (yew's own `UseReducerDispatcher` beside it would cost
/// the first load 230 bytes of code of its own).
#[derive(Clone)]
pub struct Dispatcher(Ctx);

impl Dispatcher {
    pub fn of(ctx: &Ctx) -> Dispatcher {
        Dispatcher(ctx.clone())
    }

    pub fn dispatch(&self, action: Action) {
        self.0.dispatch(action);
    }
}

/// A callback that sends `action`, whatever the event: one closure type serves every button
/// and box, where a closure of its own each would be compiled once each.
pub fn on<E>(to: &Dispatcher, action: Action) -> Callback<E> {
    sending(to.clone(), action)
}

/// [`on`], for a page, which holds the whole state.
pub fn send<E>(ctx: &Ctx, action: Action) -> Callback<E> {
    sending(Dispatcher::of(ctx), action)
}

fn sending<E>(to: Dispatcher, action: Action) -> Callback<E> {
    Callback::from(move |_| to.dispatch(action.clone()))
}

/// What a page of questions and its questions read and send: the answers as typed, the errors
/// the page shows, the language, where the page stands in the walk, and the way to change them;
/// not the rest of the state.
pub struct Form<'s> {
    pub draft: &'s Draft,
    pub errors: &'s [PageError],
    pub lang: Lang,
    /// The page's number among the pages this user walks, and how many there are.
    pub page_of: (usize, usize),
    pub to: Dispatcher,
}

impl Form<'_> {
    pub fn of(ctx: &Ctx) -> Form<'_> {
        let state = &ctx.state;
        Form {
            draft: state.work.draft(),
            errors: &state.nav.errors,
            lang: state.nav.lang,
            page_of: state.page_of(),
            to: Dispatcher::of(ctx),
        }
    }
}

/// The share link of the answers: the standalone self-check and the compact answers after `#`;
/// `None` while a field is still to fix.
pub fn share_link(state: &State, derived: &Derived) -> Option<String> {
    Some(format!("{}{SHARE_PREFIX}{}", standalone_link(state), derived.link_text()?))
}

/// What the share link's views show, handed to them instead of the state: the link, where it
/// leads, and its QR code.
pub struct Link<'s> {
    /// The share link; `None` while a field is still to fix.
    pub link: Option<String>,
    /// The self-check the link opens, without the answers.
    pub leads_to: String,
    /// This page's own address, against which another site is named.
    pub own_home: &'s str,
    /// At a stand: the staff set the address, and no visitor's phone can open a local one.
    pub demo: bool,
    pub lang: Lang,
    /// What the answers give, from which the link and its code are made (and the export).
    pub derived: &'s Rc<Derived>,
}

impl Link<'_> {
    pub fn of(ctx: &Ctx) -> Link<'_> {
        let state = &ctx.state;
        Link {
            link: share_link(state, &ctx.derived),
            leads_to: standalone_link(state),
            own_home: &state.config.own_home,
            demo: state.config.demo,
            lang: state.nav.lang,
            derived: &ctx.derived,
        }
    }

    /// The QR code of `link` (kept for the revision of the answers).
    pub fn code(&self, link: &str) -> Code {
        self.derived.code(link)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::derived::counts;
    use crate::draft::Field;
    use crate::state::Config;
    use awards::answers::key;
    use awards::lang::Lang;
    use awards::policy::POLICY;

    /// What a page does on each render: ask for the estimate (several views do).
    fn render(model: &Model) {
        for _ in 0..3 {
            let _ = model.derived.estimate();
            let _ = model.derived.answers();
        }
    }

    #[test]
    fn typing_ten_characters_checks_and_estimates_ten_times_and_an_idle_tick_never() {
        let state = State::new(Lang::Zh, Config::plain(POLICY.valid_from, true));
        let mut model = Rc::new(Model::new(state));
        render(&model);
        let before = counts();
        let name = Field::Entity(key::NAME);
        let mut typed = String::new();
        for c in "示例数据科技有限公司".chars() {
            typed.push(c);
            model = model.reduce(Action::SetText(name.clone(), typed.clone()));
            render(&model);
        }
        let typing = counts();
        assert_eq!((typing.decodes - before.decodes, typing.estimates - before.estimates), (10, 10));

        model = model.reduce(Action::IdleWarn);
        render(&model);
        for _ in 0..5 {
            model = model.reduce(Action::IdleTick);
            render(&model);
        }
        model = model.reduce(Action::StillHere);
        render(&model);
        assert_eq!(counts(), typing, "nothing changed in the answers, nothing computed again");

        // A step does not change the answers either.
        model = model.reduce(Action::Navigate(crate::state::Step::Results));
        render(&model);
        assert_eq!(counts(), typing);
    }
}
