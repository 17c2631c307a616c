//! Progress of a long command, on stderr.

use std::io::{IsTerminal, Write};

/// Progress on stderr: a line rewritten in place on a terminal, else a line
/// per tenth.
pub struct Progress {
    what: &'static str,
    total: usize,
    done: usize,
    terminal: bool,
}

impl Progress {
    pub fn new(what: &'static str, total: usize) -> Self {
        Self {
            what,
            total,
            done: 0,
            terminal: std::io::stderr().is_terminal(),
        }
    }

    /// Progress that a resumed command made before (shown from the start).
    pub fn resumed_at(mut self, done: usize) -> Self {
        self.done = done;
        self
    }

    pub fn step(&mut self) {
        self.advance(1);
    }

    /// `n` more done at once (a page of them).
    pub fn advance(&mut self, n: usize) {
        let tenth = (self.total / 10).max(1);
        let before = self.done / tenth;
        self.done += n;
        let mut err = std::io::stderr();
        if self.terminal {
            let _ = write!(err, "\r{}: {}/{}", self.what, self.done, self.total);
        } else if self.done / tenth > before || self.done == self.total {
            let _ = writeln!(err, "{}: {}/{}", self.what, self.done, self.total);
        }
    }

    pub fn finish(&self) {
        if self.terminal {
            let _ = writeln!(std::io::stderr());
        }
    }
}
