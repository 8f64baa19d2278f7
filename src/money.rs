//! Amounts in 万元 (10,000 yuan): one newtype over an exact decimal, the parsing of what people
//! type into a form, the one rounding rule, and the figures shown (the words around them are the
//! text layer's).

use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Serialize, Serializer};

/// Decimal places kept for any amount: 万元 to the fen is 6 places.
pub const SCALE: u32 = 6;
/// Decimal places shown to a user.
const DISPLAY_SCALE: u32 = 2;
/// The largest amount an answer may hold: 100,000,000 万元 (one trillion yuan).
pub const MAX_INPUT_WAN: Decimal = Decimal::from_parts(100_000_000, 0, 0, false, 0);

/// An amount in 万元. Always ≥ 0 once it comes from [`Wan::parse_input`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Wan(Decimal);

/// Why a typed amount was refused. Each variant says what the user should change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoneyError {
    /// Nothing was typed.
    Empty,
    /// Not a number at all: words, letters, stray symbols (`一千`, `abc`).
    NotANumber,
    /// More than one decimal point (`1.2.3`).
    SeveralDecimalPoints,
    /// Thousands separators in the wrong place (`12,34`, `1.234,5`).
    MisplacedSeparator,
    /// Scientific notation (`1e5`): people do not type it, so it is more likely a slip.
    Exponent,
    /// Below zero.
    Negative,
    /// Finer than the fen (more than 6 decimal places of 万元).
    TooManyDecimals,
    /// Above 100,000,000 万元.
    TooLarge,
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

impl std::error::Error for MoneyError {}

impl Wan {
    pub const ZERO: Wan = Wan(Decimal::ZERO);

    /// An amount the policy or the engine states (a cap, a computed award), rounded by the one rule.
    pub fn new(value: Decimal) -> Wan {
        Wan(round(value))
    }

    /// A whole number of 万元, for the policy's own figures.
    pub const fn whole(value: u32) -> Wan {
        Wan(Decimal::from_parts(value, 0, 0, false, 0))
    }

    pub fn decimal(self) -> Decimal {
        self.0
    }

    /// The sum, never overflowing (both are bounded far below `Decimal::MAX` in practice).
    pub fn saturating_add(self, other: Wan) -> Wan {
        Wan::new(self.0.saturating_add(other.0))
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// Parses what a person types into an amount field: surrounding spaces (also the
    /// ideographic space), full-width digits and punctuation, `,` or `，` as thousands
    /// separators. Refuses words, signs, exponents, more than 6 decimals and more than
    /// 100,000,000 万元, each with its own reason.
    pub fn parse_input(text: &str) -> Result<Wan, MoneyError> {
        let normalised: String = text.trim().chars().map(to_half_width).collect();
        let normalised = normalised.trim();
        if normalised.is_empty() {
            return Err(MoneyError::Empty);
        }
        if let Some(rest) = normalised.strip_prefix(['-', '−']) {
            // `-0` is zero, as a JSON `-0` is: only an amount below zero is negative.
            return match Wan::parse_input(rest) {
                Ok(amount) if amount.is_zero() => Ok(Wan::ZERO),
                Ok(_) => Err(MoneyError::Negative),
                Err(MoneyError::Empty) => Err(MoneyError::NotANumber),
                Err(error) => Err(error),
            };
        }
        let unsigned = normalised.strip_prefix('+').unwrap_or(normalised);
        if unsigned.chars().any(|c| c == 'e' || c == 'E') && looks_numeric_with_exponent(unsigned) {
            return Err(MoneyError::Exponent);
        }
        if !looks_numeric(unsigned) {
            return Err(MoneyError::NotANumber);
        }
        let mut parts = unsigned.split('.');
        let integer = parts.next().unwrap_or_default();
        let fraction = parts.next();
        if parts.next().is_some() {
            return Err(MoneyError::SeveralDecimalPoints);
        }
        if fraction.is_some_and(|f| f.contains(',')) {
            return Err(MoneyError::MisplacedSeparator);
        }
        let integer_digits = strip_thousands_separators(integer)?;
        let fraction_digits = fraction.unwrap_or_default();
        if integer_digits.is_empty() && fraction_digits.is_empty() {
            return Err(MoneyError::NotANumber);
        }
        let trimmed_fraction = fraction_digits.trim_end_matches('0');
        if trimmed_fraction.len() > SCALE as usize {
            return Err(MoneyError::TooManyDecimals);
        }
        // Leading zeros are harmless; drop them so very long zero runs cannot overflow.
        let integer_digits = integer_digits.trim_start_matches('0');
        if integer_digits.len() > 9 {
            return Err(MoneyError::TooLarge);
        }
        // The digits as one whole number and the count after the point: at most 9 + 6 digits, so
        // an i64 holds it. Built here rather than by `Decimal::from_str`, whose general parser
        // (signs, exponents, 28 digits) costs the first load kilobytes this text never needs.
        let mut whole: i64 = 0;
        for c in integer_digits.chars().chain(trimmed_fraction.chars()) {
            let digit = c.to_digit(10).ok_or(MoneyError::NotANumber)?;
            whole = whole.checked_mul(10).and_then(|w| w.checked_add(i64::from(digit))).ok_or(MoneyError::TooLarge)?;
        }
        Wan::checked(Decimal::new(whole, trimmed_fraction.len() as u32))
    }

    /// Accepts an exact decimal if it is within the answers' limits.
    pub fn checked(value: Decimal) -> Result<Wan, MoneyError> {
        if value.is_sign_negative() && !value.is_zero() {
            return Err(MoneyError::Negative);
        }
        if value.normalize().scale() > SCALE {
            return Err(MoneyError::TooManyDecimals);
        }
        if value > MAX_INPUT_WAN {
            return Err(MoneyError::TooLarge);
        }
        Ok(Wan(value.abs().normalize()))
    }

    /// The bare figure in 万元 with thousands separators, display-rounded: `1,234.5`.
    pub fn figure(self) -> String {
        group_thousands(self.0.round_dp_with_strategy(DISPLAY_SCALE, RoundingStrategy::MidpointAwayFromZero))
    }

    /// The amount exactly as read, grouped by thousands and never rounded: how an answer is
    /// echoed (`8,000.123456`).
    pub fn exact(self) -> String {
        group_thousands(self.0)
    }

    /// The same amount in millions of yuan (万元 ÷ 100), to the same precision: `12.345`.
    pub fn millions(self) -> String {
        let shown = self.0.round_dp_with_strategy(DISPLAY_SCALE, RoundingStrategy::MidpointAwayFromZero);
        group_thousands(shown / Decimal::ONE_HUNDRED)
    }

    /// The canonical text of the answers file: exact, no separators, no trailing zeros.
    pub fn to_plain_string(self) -> String {
        self.0.normalize().to_string()
    }
}

/// As the answers file writes amounts: an exact decimal string, `"35.5"`.
impl Serialize for Wan {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_plain_string())
    }
}

/// The one rounding rule: 6 decimal places, half away from zero.
pub fn round(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(SCALE, RoundingStrategy::MidpointAwayFromZero).normalize()
}

/// A plain decimal with thousands separators and no trailing zeros: `12345.50` → `12,345.5`.
pub fn group_thousands(value: Decimal) -> String {
    let text = value.normalize().to_string();
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (integer, fraction) = match unsigned.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (unsigned, None),
    };
    let mut grouped = String::with_capacity(integer.len() + integer.len() / 3);
    for (i, c) in integer.chars().enumerate() {
        if i > 0 && (integer.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match fraction {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Full-width digits and punctuation as their ASCII twins (`１２３．５` → `123.5`).
pub fn to_half_width(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '．' | '。' => '.',
        '，' | '､' | '、' => ',',
        '－' => '-',
        '＋' => '+',
        'ｅ' => 'e',
        'Ｅ' => 'E',
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Digits, separators and points only, with at least one digit.
fn looks_numeric(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit()) && text.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

fn looks_numeric_with_exponent(text: &str) -> bool {
    let mut halves = text.splitn(2, ['e', 'E']);
    let mantissa = halves.next().unwrap_or_default();
    let exponent = halves.next().unwrap_or_default();
    let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
    looks_numeric(mantissa) && !exponent.is_empty() && exponent.chars().all(|c| c.is_ascii_digit())
}

/// `1,234,567` → `1234567`; refuses `12,34`, `,123` and `1,,234`.
fn strip_thousands_separators(integer: &str) -> Result<String, MoneyError> {
    if !integer.contains(',') {
        return Ok(integer.to_string());
    }
    let mut groups = integer.split(',');
    let first = groups.next().unwrap_or_default();
    if first.is_empty() || first.len() > 3 {
        return Err(MoneyError::MisplacedSeparator);
    }
    let mut digits = first.to_string();
    for group in groups {
        if group.len() != 3 {
            return Err(MoneyError::MisplacedSeparator);
        }
        digits.push_str(group);
    }
    Ok(digits)
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use super::*;

    fn wan(text: &str) -> Wan {
        Wan::new(Decimal::from_str(text).unwrap_or_default())
    }

    #[test]
    fn what_people_type_is_understood() {
        for (typed, exact) in [
            ("123", "123"),
            ("１２３", "123"),
            ("１２３．４５", "123.45"),
            ("1,234.5", "1234.5"),
            ("1，234.5", "1234.5"),
            ("  8000 ", "8000"),
            ("\u{3000}8000\u{3000}", "8000"),
            ("0.000001", "0.000001"),
            ("1.5000000", "1.5"),
            (".5", "0.5"),
            ("5.", "5"),
            ("+12", "12"),
            ("0", "0"),
            ("100000000", "100000000"),
            ("100,000,000.000000", "100000000"),
            ("0000012", "12"),
            ("-0", "0"),
            ("－0.00", "0"),
        ] {
            assert_eq!(Wan::parse_input(typed), Ok(wan(exact)), "typed {typed:?}");
        }
    }

    #[test]
    fn what_is_not_an_amount_is_refused_with_its_reason() {
        for (typed, reason) in [
            ("", MoneyError::Empty),
            ("   ", MoneyError::Empty),
            ("一千", MoneyError::NotANumber),
            ("abc", MoneyError::NotANumber),
            ("12万", MoneyError::NotANumber),
            (".", MoneyError::NotANumber),
            ("1.2.3", MoneyError::SeveralDecimalPoints),
            ("-5", MoneyError::Negative),
            ("－5", MoneyError::Negative),
            ("1e5", MoneyError::Exponent),
            ("1E-3", MoneyError::Exponent),
            ("12,34", MoneyError::MisplacedSeparator),
            ("1.234,5", MoneyError::MisplacedSeparator),
            (",123", MoneyError::MisplacedSeparator),
            ("1,,234", MoneyError::MisplacedSeparator),
            ("0.0000001", MoneyError::TooManyDecimals),
            ("100000000.000001", MoneyError::TooLarge),
            ("1000000000", MoneyError::TooLarge),
        ] {
            assert_eq!(Wan::parse_input(typed), Err(reason), "typed {typed:?}");
        }
    }

    #[test]
    fn rounding_is_six_places_half_away_from_zero() {
        assert_eq!(round(Decimal::from_str("0.0000005").unwrap_or_default()).to_string(), "0.000001");
        assert_eq!(round(Decimal::from_str("0.0000004999").unwrap_or_default()).to_string(), "0");
        assert_eq!(round(Decimal::from_str("2.0000015").unwrap_or_default()).to_string(), "2.000002");
        assert_eq!(round(Decimal::from_str("-0.0000005").unwrap_or_default()).to_string(), "-0.000001");
    }

    #[test]
    fn figures_are_grouped_and_display_rounded_to_the_fen() {
        assert_eq!(wan("1234.5").figure(), "1,234.5");
        assert_eq!(wan("1234.5").millions(), "12.345");
        assert_eq!(wan("500").millions(), "5");

        assert_eq!(wan("0.005").figure(), "0.01");
        assert_eq!(wan("0.004999").figure(), "0");
        assert_eq!(wan("100000000").figure(), "100,000,000");
        assert_eq!(wan("0.1").figure(), "0.1");
    }
}
