//! What every view is handed: the state and the way to change it. Pages and views import this,
//! never `app`, so that no module imports a module that imports it back.

use std::rc::Rc;

use yew::prelude::*;

use super::state::{reduce, Action, State};

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
