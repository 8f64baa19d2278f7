//! A partner's accent colour (`?accent=0b6e4f`): accepted only where white text on it keeps the
//! WCAG AA contrast of 4.5 : 1, so a park's brand can never make a button unreadable.

/// The most relative luminance a colour may have under white text: (1.05) / (L + 0.05) ≥ 4.5.
const MOST_LUMINANCE: f64 = 1.05 / 4.5 - 0.05;

/// Why an accent colour was refused (said in the console warning).
#[derive(Debug, PartialEq, Eq)]
pub enum AccentRefusal {
    NotAColour,
    TooLight,
}

impl AccentRefusal {
    pub fn reason(&self) -> &'static str {
        match self {
            AccentRefusal::NotAColour => "not a colour like #0b6e4f",
            AccentRefusal::TooLight => "too light for white text (contrast below 4.5:1)",
        }
    }
}

/// The colour as `#rrggbb`, if it is one and white text on it is readable.
pub fn accent(text: &str) -> Result<String, AccentRefusal> {
    let hex = text.strip_prefix('#').unwrap_or(text);
    // Six hex digits exactly: `from_str_radix` alone takes "+0" for a channel.
    let digits = hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit());
    let channel = |at: usize| hex.get(at..at + 2).and_then(|h| u8::from_str_radix(h, 16).ok());
    let (true, Some(r), Some(g), Some(b)) = (digits, channel(0), channel(2), channel(4)) else {
        return Err(AccentRefusal::NotAColour);
    };
    if relative_luminance(r, g, b) > MOST_LUMINANCE {
        return Err(AccentRefusal::TooLight);
    }
    Ok(format!("#{}", hex.to_ascii_lowercase()))
}

/// `x` to the power 2.4, for `x` in (0, 1]: x² times the fifth root of x², by Newton's method.
/// `powf` would bring a general power function of 2 KB into the WebAssembly for this one use.
fn pow_2_4(x: f64) -> f64 {
    let square = x * x;
    let mut root: f64 = 1.0;
    for _ in 0..40 {
        root -= (root.powi(5) - square) / (5.0 * root.powi(4));
    }
    square * root
}

/// WCAG 2's relative luminance of an sRGB colour.
fn relative_luminance(r: u8, g: u8, b: u8) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// The contrast of white on the colour, for tests and warnings.
pub fn contrast_with_white(r: u8, g: u8, b: u8) -> f64 {
    1.05 / (relative_luminance(r, g, b) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dark_brand_colours_are_taken_as_they_are() {
        assert_eq!(accent("#0B6E4F").as_deref(), Ok("#0b6e4f"));
        assert_eq!(accent("1d4f91").as_deref(), Ok("#1d4f91"));
    }

    #[test]
    fn a_colour_white_text_cannot_be_read_on_is_refused() {
        assert_eq!(accent("#ffdd00"), Err(AccentRefusal::TooLight));
        assert_eq!(accent("#ffffff"), Err(AccentRefusal::TooLight));
        // #767676 is the lightest grey with 4.5:1 on white; #777777 falls just short.
        assert!(contrast_with_white(0x76, 0x76, 0x76) >= 4.5);
        assert_eq!(accent("#767676").as_deref(), Ok("#767676"));
        assert_eq!(accent("#777777"), Err(AccentRefusal::TooLight));
    }

    #[test]
    fn the_power_is_the_one_the_standard_uses() {
        for x in [0.0557, 0.1, 0.25, 0.5, 0.75, 0.999, 1.0] {
            assert!((pow_2_4(x) - f64::powf(x, 2.4)).abs() < 1e-12, "{x}");
        }
    }

    #[test]
    fn what_is_not_a_colour_is_refused() {
        for text in
            ["", "red", "#fff", "#0b6e4f0", "#0g6e4f", "url(x)", "#0b6e4f;color:red", "０b6e4f", "+0+0+0", "#+0+0+0"]
        {
            assert_eq!(accent(text), Err(AccentRefusal::NotAColour), "{text}");
        }
    }
}
