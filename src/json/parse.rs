//! JSON text → [`Value`], following RFC 8259 strictly (no comments, no trailing commas, no
//! NaN), with the line and column of the first problem. Nesting is capped so that a hostile
//! file cannot exhaust the stack (a crash in WebAssembly would kill the page).

use super::{Map, Number, Value};

/// Deeper than any answers file; serde_json's limit too.
pub(super) const MAX_DEPTH: usize = 128;

/// Where the text stops being JSON, counted from 1; the column counts characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
}

/// Parses a whole JSON text. A leading byte-order mark, as some Windows editors write, is
/// skipped.
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut parser = Parser { text: body, pos: 0, depth: 0 };
    let value = parser.value().and_then(|value| {
        parser.skip_whitespace();
        if parser.pos == body.len() {
            Ok(value)
        } else {
            Err(Stop)
        }
    });
    value.map_err(|Stop| parser.error())
}

/// Parsing stopped at `Parser::pos`.
struct Stop;

struct Parser<'t> {
    text: &'t str,
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self) -> ParseError {
        let before = self.text.get(..self.pos).unwrap_or(self.text);
        let line_start = before.rfind('\n').map_or(0, |at| at + 1);
        ParseError {
            line: before.matches('\n').count() + 1,
            column: before.get(line_start..).map_or(0, |l| l.chars().count()) + 1,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> Result<(), Stop> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(Stop)
        }
    }

    fn eat_word(&mut self, word: &str) -> Result<(), Stop> {
        if self.text.get(self.pos..).is_some_and(|rest| rest.starts_with(word)) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(Stop)
        }
    }

    fn value(&mut self) -> Result<Value, Stop> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'{') => self.nested(Parser::object),
            Some(b'[') => self.nested(Parser::array),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.eat_word("true").map(|()| Value::Bool(true)),
            Some(b'f') => self.eat_word("false").map(|()| Value::Bool(false)),
            Some(b'n') => self.eat_word("null").map(|()| Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            _ => Err(Stop),
        }
    }

    fn nested(&mut self, read: fn(&mut Self) -> Result<Value, Stop>) -> Result<Value, Stop> {
        if self.depth == MAX_DEPTH {
            return Err(Stop);
        }
        self.depth += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn object(&mut self) -> Result<Value, Stop> {
        self.eat(b'{')?;
        let mut map = Map::new();
        self.skip_whitespace();
        if self.eat(b'}').is_ok() {
            return Ok(Value::Object(map));
        }
        loop {
            self.skip_whitespace();
            let key = self.string()?;
            self.skip_whitespace();
            self.eat(b':')?;
            let value = self.value()?;
            map.insert(key, value);
            self.skip_whitespace();
            if self.eat(b',').is_err() {
                self.eat(b'}')?;
                return Ok(Value::Object(map));
            }
        }
    }

    fn array(&mut self) -> Result<Value, Stop> {
        self.eat(b'[')?;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.eat(b']').is_ok() {
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_whitespace();
            if self.eat(b',').is_err() {
                self.eat(b']')?;
                return Ok(Value::Array(items));
            }
        }
    }

    fn string(&mut self) -> Result<String, Stop> {
        self.eat(b'"')?;
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character at once.
            let rest = self.text.get(self.pos..).ok_or(Stop)?;
            let run = rest.find(|c: char| c == '"' || c == '\\' || c < ' ').ok_or(Stop)?;
            out.push_str(rest.get(..run).ok_or(Stop)?);
            self.pos += run;
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    out.push(self.escape()?);
                }
                // A raw control character must be escaped in JSON.
                _ => return Err(Stop),
            }
        }
    }

    fn escape(&mut self) -> Result<char, Stop> {
        let byte = self.peek().ok_or(Stop)?;
        self.pos += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = match first {
                    0xD800..=0xDBFF => {
                        // A high surrogate must be followed by an escaped low one.
                        self.eat_word("\\u")?;
                        let second = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&second) {
                            return Err(Stop);
                        }
                        0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    }
                    _ => first,
                };
                // None for a lone low surrogate.
                char::from_u32(code).ok_or(Stop)?
            }
            _ => {
                self.pos -= 1;
                return Err(Stop);
            }
        })
    }

    fn hex4(&mut self) -> Result<u32, Stop> {
        let digits = self.text.get(self.pos..self.pos + 4).ok_or(Stop)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Stop);
        }
        self.pos += 4;
        u32::from_str_radix(digits, 16).map_err(|_| Stop)
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as written.
    fn number(&mut self) -> Result<Number, Stop> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(Stop),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            self.at_least_one_digit()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            self.at_least_one_digit()?;
        }
        let literal = self.text.get(start..self.pos).ok_or(Stop)?;
        Ok(Number(literal.to_string()))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
    }

    fn at_least_one_digit(&mut self) -> Result<(), Stop> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(Stop);
        }
        self.digits();
        Ok(())
    }
}
