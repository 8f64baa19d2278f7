//! The worked calculation of one amount, kept in stages (terms, their sum, then caps) so that it
//! can be written out with the user's own numbers.

use rust_decimal::Decimal;

use crate::money::{group_thousands, Wan};
use crate::policy::{Bi, Lang};

/// How one amount was reached.
#[derive(Clone, Debug, PartialEq)]
pub struct Trace {
    /// What adds up to the base; empty when nothing was counted.
    pub terms: Vec<Term>,
    /// The sum of the terms.
    pub base: Decimal,
    /// The measure's overall cap ("每家单位最高 500 万元").
    pub cap: Option<Decimal>,
    /// A further limit from the user's own figures (interest actually paid).
    pub limit: Option<Limit>,
    /// The result: base, capped, limited, rounded by the one rule.
    pub amount: Wan,
}

/// One part of the base.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub label: Option<Bi>,
    /// The user's name for a list item (a platform, an entry, an event).
    pub item: Option<String>,
    pub expr: Expr,
    /// The term's value, after any per-item cap, rounded.
    pub value: Decimal,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// "Up to" a fixed amount.
    UpTo(Decimal),
    /// A fixed amount for one thing held.
    Fixed(Decimal),
    /// A number of things times an amount each.
    Times { count: u32, each: Decimal },
    /// A percentage of an amount, with a cap per item where the rule has one.
    Percent { percent: u32, of: Decimal, exact: Decimal, cap_each: Option<Decimal> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Limit {
    pub label: Bi,
    pub value: Decimal,
}

fn n(value: Decimal) -> String {
    group_thousands(value)
}

impl Term {
    fn render(&self, lang: Lang) -> String {
        let mut prefix = String::new();
        if let Some(item) = &self.item {
            prefix.push_str(item);
            prefix.push(' ');
        }
        if let Some(label) = self.label {
            match lang {
                Lang::Zh => prefix.push_str(label.zh),
                Lang::En => prefix.push_str(label.en),
            }
            prefix.push(' ');
        }
        let body = match &self.expr {
            Expr::UpTo(cap) => match lang {
                Lang::Zh => format!("最高 {}", n(*cap)),
                Lang::En => format!("up to {}", n(*cap)),
            },
            Expr::Fixed(value) => n(*value),
            Expr::Times { count, each } => format!("{count} × {}", n(*each)),
            Expr::Percent { percent, of, exact, cap_each } => {
                let product = format!("{percent}% × {} = {}", n(*of), n(*exact));
                match cap_each {
                    Some(cap) if exact > cap => match lang {
                        Lang::Zh => format!("{product} > 单项上限 {} → {}", n(*cap), n(*cap)),
                        Lang::En => format!("{product} > {} cap each → {}", n(*cap), n(*cap)),
                    },
                    Some(cap) => match lang {
                        Lang::Zh => format!("{product} ≤ 单项上限 {}", n(*cap)),
                        Lang::En => format!("{product} ≤ {} cap each", n(*cap)),
                    },
                    None => product,
                }
            }
        };
        format!("{prefix}{body}")
    }

    /// Whether the term's text already ends in its value.
    fn shows_its_value(&self) -> bool {
        matches!(self.expr, Expr::UpTo(_) | Expr::Fixed(_) | Expr::Percent { .. })
    }
}

impl Trace {
    /// The calculation in one line, in 万元: `10% × 8,000 = 800 ≤ 1,000 cap (in 10,000 yuan)`.
    pub fn render(&self, lang: Lang) -> String {
        let mut line = if self.terms.is_empty() {
            "0".to_string()
        } else {
            self.terms.iter().map(|t| t.render(lang)).collect::<Vec<_>>().join(" + ")
        };
        let single_plain = self.terms.len() == 1 && self.terms.iter().all(Term::shows_its_value);
        if !self.terms.is_empty() && !single_plain {
            line.push_str(&format!(" = {}", n(self.base)));
        }
        let mut running = self.base;
        if let Some(cap) = self.cap {
            if running > cap {
                line.push_str(&match lang {
                    Lang::Zh => format!(" > 上限 {} → {}", n(cap), n(cap)),
                    Lang::En => format!(" > {} cap → {}", n(cap), n(cap)),
                });
                running = cap;
            } else {
                line.push_str(&match lang {
                    Lang::Zh => format!(" ≤ 上限 {}", n(cap)),
                    Lang::En => format!(" ≤ {} cap", n(cap)),
                });
            }
        }
        if let Some(limit) = &self.limit {
            if running > limit.value {
                line.push_str(&match lang {
                    Lang::Zh => format!("；不超过{} {} → {}", limit.label.zh, n(limit.value), n(limit.value)),
                    Lang::En => {
                        format!("; no more than the {} {} → {}", limit.label.en, n(limit.value), n(limit.value))
                    }
                });
            } else {
                line.push_str(&match lang {
                    Lang::Zh => format!("（不超过{} {}）", limit.label.zh, n(limit.value)),
                    Lang::En => format!(" (within the {} {})", limit.label.en, n(limit.value)),
                });
            }
        }
        line.push_str(match lang {
            Lang::Zh => "（单位：万元）",
            Lang::En => " (in 10,000 yuan)",
        });
        line
    }
}
