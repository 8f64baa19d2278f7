//! What every view is handed: the state, what its answers give, and the way to change it.
//! Pages and views import this, never `app`, so that no module imports a module that imports it
//! back.

use std::rc::Rc;

use serde_json::Value;
use yew::prelude::*;

use super::derived::Derived;
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
    pub draft: &'s Value,
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
