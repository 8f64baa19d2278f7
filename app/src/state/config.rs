//! What is set once at start-up, from the address, the device and the clock.

use awards::date::Date;

use super::stand::Kiosk;

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
    /// The framing page is known (its referrer) and is not `embed_origin`: the widget's height
    /// messages go unheard, so the frame keeps the loader's fallback height and scrolls.
    pub unheard: bool,
}

impl Partner {
    pub fn embedded(&self) -> bool {
        self.embed_origin.is_some()
    }
}
