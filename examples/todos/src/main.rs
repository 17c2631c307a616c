//! `todos [serve|migrate|schema|...]`: passage-graphql's program, with the
//! todos. With no Passage settings it starts in dev mode (the Passage
//! emulator and a local Postgres), like `passage-graphql`.

fn main() -> std::process::ExitCode {
    todos::server().run()
}
