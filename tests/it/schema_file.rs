//! `schema.graphql` at the repository root is exactly `passage-graphql
//! schema`, and `schema.federation.graphql` is exactly `passage-graphql
//! schema --federation` (the subgraph SDL a supergraph is composed from).

#[test]
fn schema_graphql_matches_the_code() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema.graphql");
    let on_disk = std::fs::read_to_string(path).expect("schema.graphql exists");
    let generated = passage_graphql::graphql::sdl();
    assert!(
        on_disk == generated,
        "schema.graphql is stale: run `cargo run -q -- schema > schema.graphql`"
    );
}

#[test]
fn schema_federation_graphql_matches_the_code() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema.federation.graphql");
    let on_disk = std::fs::read_to_string(path).expect("schema.federation.graphql exists");
    let generated = passage_graphql::graphql::federation_sdl();
    assert!(
        on_disk == generated,
        "schema.federation.graphql is stale: run \
         `cargo run -q -- schema --federation > schema.federation.graphql`"
    );
    assert!(generated.contains(r#"type User @key(fields: "id") @key(fields: "passageId") {"#));
    assert!(generated.contains("url: \"https://specs.apollo.dev/federation/v2.5\""));
}
