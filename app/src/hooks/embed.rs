//! Framed by a partner's page: tell it the height whenever it changes, and the step, and nothing
//! else; and wear the partner's brand colour.

use yew::prelude::*;

use crate::browser;
use crate::ctx::Ctx;
use crate::embed::{self, ToHost};

#[hook]
pub fn use_embed_messages(model: &Ctx) {
    let partner = &model.state.config.partner;
    use_effect_with(partner.embed_origin.clone(), |origin| {
        let observer = origin.clone().and_then(embed::HeightObserver::start);
        move || drop(observer)
    });
    use_effect_with((model.state.nav.step, partner.embed_origin.clone()), |(step, origin)| {
        if let Some(origin) = origin {
            embed::post(&ToHost::Step { step: step.fragment() }, origin);
        }
    });
    // A partner's brand colour, as custom properties the style sheets use.
    use_effect_with(partner.accent.clone(), |accent| {
        if let Some(colour) = accent {
            browser::set_style_property("--colour-action", colour);
            browser::set_style_property("--colour-action-shadow", "rgb(0 0 0 / 0.55)");
            browser::set_style_property("--colour-panel", colour);
        }
    });
}
