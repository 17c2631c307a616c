//! The emulator's own contract, over HTTP as Passage's clients call it: the
//! Management API (`passage_management`), the public auth API passage-js
//! uses (`passage_auth_api`), and Passage's official server SDK against it
//! (`passage_node`). Nothing here runs the server; its tests are the
//! workspace root's `tests/it`.

mod support;

mod passage_auth_api;
mod passage_management;
mod passage_node;
