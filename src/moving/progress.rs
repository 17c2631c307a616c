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

    pub fn step(&mut self) {
        self.done += 1;
        let tenth = (self.total / 10).max(1);
        let mut err = std::io::stderr();
        if self.terminal {
            let _ = write!(err, "\r{}: {}/{}", self.what, self.done, self.total);
        } else if self.done.is_multiple_of(tenth) || self.done == self.total {
            let _ = writeln!(err, "{}: {}/{}", self.what, self.done, self.total);
        }
    }

    pub fn finish(&self) {
        if self.terminal {
            let _ = writeln!(std::io::stderr());
        }
    }
}
