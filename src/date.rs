//! A calendar date (`YYYY-MM-DD`), enough for the policy's validity window and a case's `as_of`.

use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// A real date of the Gregorian calendar, or `None` (`2026-02-29` is `None`).
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if month < 1 || month > 12 || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    pub const fn year(self) -> u16 {
        self.year
    }

    pub const fn month(self) -> u8 {
        self.month
    }

    pub const fn day(self) -> u8 {
        self.day
    }

    /// The next calendar day (saturates at 9999-12-31).
    pub fn succ(self) -> Date {
        if let Some(next) = Date::new(self.year, self.month, self.day + 1) {
            next
        } else if let Some(next) = Date::new(self.year, self.month + 1, 1) {
            next
        } else {
            Date::new(self.year.saturating_add(1).min(9999), 1, 1).unwrap_or(self)
        }
    }

    /// The previous calendar day (saturates at 0000-01-01).
    pub fn pred(self) -> Date {
        if self.day > 1 {
            return Date { day: self.day - 1, ..self };
        }
        if self.month > 1 {
            let month = self.month - 1;
            return Date { month, day: days_in_month(self.year, month), ..self };
        }
        match self.year.checked_sub(1) {
            Some(year) => Date { year, month: 12, day: 31 },
            None => self,
        }
    }
}

const fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Why a date string was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError;

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("expected a real date written YYYY-MM-DD")
    }
}

impl std::error::Error for DateError {}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Date, DateError> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return Err(DateError);
        }
        let number = |range: std::ops::Range<usize>| -> Result<u16, DateError> {
            let part = text.get(range).ok_or(DateError)?;
            if !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(DateError);
            }
            part.parse().map_err(|_| DateError)
        };
        let year = number(0..4)?;
        let month = u8::try_from(number(5..7)?).map_err(|_| DateError)?;
        let day = u8::try_from(number(8..10)?).map_err(|_| DateError)?;
        Date::new(year, month, day).ok_or(DateError)
    }
}

/// As data: `2026-03-01`.
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_dates_parse_and_print_back() {
        for text in ["2025-10-14", "2028-10-13", "2028-02-29", "2000-02-29"] {
            assert_eq!(text.parse::<Date>().map(|d| d.to_string()), Ok(text.to_string()));
        }
    }

    #[test]
    fn impossible_or_misspelt_dates_are_refused() {
        for text in [
            "2026-02-29",
            "1900-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-10-32",
            "2025-1-14",
            "2025/10/14",
            "",
            "２０２５-10-14",
        ] {
            assert_eq!(text.parse::<Date>(), Err(DateError), "{text:?}");
        }
    }

    #[test]
    fn days_step_across_month_and_year_ends() {
        let day = |t: &str| t.parse::<Date>().unwrap_or(Date { year: 0, month: 1, day: 1 });
        assert_eq!(day("2028-02-28").succ(), day("2028-02-29"));
        assert_eq!(day("2028-02-29").succ(), day("2028-03-01"));
        assert_eq!(day("2025-12-31").succ(), day("2026-01-01"));
        assert_eq!(day("2026-03-01").pred(), day("2026-02-28"));
        assert_eq!(day("2026-01-01").pred(), day("2025-12-31"));
    }
}
