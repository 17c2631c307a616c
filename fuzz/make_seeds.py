#!/usr/bin/env python3
"""Writes the seed corpus, fuzz/corpus/<target>/: tokens as the emulator and
other issuers mint them (RS256, signed by a throwaway key with `openssl`),
the headers, URLs and bodies clients send, the issuers file of the book's
Providers page and the CSV files the tests import. Rerun after changing a seed here; the
fuzzers' own finds are never written into this corpus (fuzz/run keeps them
in a scratch directory)."""

import base64
import json
import os
import pathlib
import subprocess
import tempfile
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parent / "corpus"
NOW = 1_780_000_000


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def part(value) -> str:
    return b64(json.dumps(value, separators=(",", ":")).encode())


def rs256(key: str, header: dict, claims: dict) -> str:
    signed = f"{part(header)}.{part(claims)}"
    signature = subprocess.run(
        ["openssl", "dgst", "-sha256", "-sign", key],
        input=signed.encode(), capture_output=True, check=True,
    ).stdout
    return f"{signed}.{b64(signature)}"


def write(target: str, seeds: dict):
    directory = ROOT / target
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.iterdir():
        old.unlink()
    for name, data in seeds.items():
        (directory / name).write_bytes(data.encode() if isinstance(data, str) else data)


with tempfile.TemporaryDirectory() as tmp:
    key = os.path.join(tmp, "key.pem")
    subprocess.run(["openssl", "genrsa", "-out", key, "2048"], check=True, capture_output=True)
    passage_iss = "https://auth.passage.id/v1/apps/9vB7kYqQp2ZNsLmW4tHcXr1e"
    passage = rs256(key, {"alg": "RS256", "typ": "JWT", "kid": "Zm9v-emulator-key"}, {
        "sub": "Hk2sV8mQ0pLrT5wXyZ3aBc1d", "aud": ["9vB7kYqQp2ZNsLmW4tHcXr1e"],
        "iss": passage_iss, "iat": NOW, "nbf": NOW, "exp": NOW + 3600,
    })
    auth0 = rs256(key, {"alg": "RS256", "typ": "at+jwt", "kid": "auth0-2026-01"}, {
        "iss": "https://example-tenant.us.auth0.com/", "sub": "auth0|65f0c1d2e3a4b5c6d7e8f901",
        "aud": ["https://api.example.com", "https://example-tenant.us.auth0.com/userinfo"],
        "iat": NOW, "exp": NOW + 86400, "scope": "openid profile email",
        "https://example.com/email": "ada@example.com",
        "https://example.com/passage_id": "Hk2sV8mQ0pLrT5wXyZ3aBc1d",
    })
    oidc = rs256(key, {"alg": "RS256", "kid": "oidc-provider-1"}, {
        "iss": "http://127.0.0.1:3000", "sub": "grace", "aud": "https://api.example.com",
        "exp": NOW + 600, "iat": NOW, "email": "grace@example.com", "email_verified": True,
        "phone_number": "+14155550100",
    })
    fake_sig = b64(bytes(range(64)))
    es256 = f"{part({'alg': 'ES256', 'typ': 'JWT', 'kid': 'p256'})}.{part({'sub': 'x', 'aud': 'https://api.example.com', 'exp': NOW})}.{fake_sig}"
    header, claims, sig = passage.split(".")
    tokens = {
        "passage_rs256": passage,
        "auth0_at_jwt": auth0,
        "oidc_aud_string": oidc,
        "es256": es256,
        "alg_none": f"{part({'alg': 'none', 'kid': 'k'})}.{claims}.",
        "alg_hs256": f"{part({'alg': 'HS256', 'typ': 'JWT', 'kid': 'k'})}.{claims}.{sig}",
        "jku_header": f"{part({'alg': 'RS256', 'kid': 'k', 'jku': 'https://evil.example/jwks'})}.{claims}.{sig}",
        "crit_header": f"{part({'alg': 'RS256', 'kid': 'k', 'crit': ['b64'], 'b64': False})}.{claims}.{sig}",
        "typ_number": f"{part({'alg': 'RS256', 'kid': 'k', 'typ': 1})}.{claims}.{sig}",
        "no_kid": f"{part({'alg': 'RS256'})}.{claims}.{sig}",
        "exp_1e300": header + "." + b64(b'{"sub":"a","exp":1e300}') + "." + sig,
        "claims_array": f"{header}.{part(['sub', 'a'])}.{sig}",
        "no_signature": f"{header}.{claims}.",
        "four_parts": f"{passage}.x",
        "two_parts": f"{header}.{claims}",
        "padded_base64": f"{header}=.{claims}.{sig}",
    }
    write("token", tokens)

    write("credentials", {
        "bearer": f"a:Bearer {passage}",
        "bearer_lowercase": f"a:bearer   {oidc}  ",
        "cookie_passage": f"c:theme=dark; psg_auth_token={passage}; lang=en",
        "cookie_session_quoted": f'c:session="{auth0}"\nc:other=1',
        "bearer_and_cookies": f"a:Bearer {oidc}\nc:psg_auth_token={passage}; session={auth0}",
        "two_cookies": f"c:psg_auth_token={passage}\nc:psg_auth_token={oidc}",
        "two_authorization": f"a:Bearer {passage}\na:Bearer {oidc}",
        "basic": "a:Basic YWxhZGRpbjpvcGVuc2VzYW1l",
        "two_tokens": "a:Bearer a.b.c, d.e.f",
        "empty_cookie": "c:psg_auth_token=; session=",
    })

    def qs(**params) -> str:
        return urllib.parse.urlencode(params, quote_via=urllib.parse.quote)

    me = "{ me { id name email phone } }"
    write("get_request", {
        "me": qs(query=me),
        "named": qs(query="query Me { me { id } } query Users($first: Int) { users(first: $first) { nodes { id } } }",
                    operationName="Users", variables=json.dumps({"first": 10})),
        "extensions": qs(query="query($id: ID!) { user(id: $id) { id email } }",
                         variables=json.dumps({"id": "VXNlcjox"}),
                         extensions=json.dumps({"persistedQuery": {"version": 1, "sha256Hash": "ab" * 32}})),
        "mutation": qs(query='mutation { updateMe(input: { name: "Ada" }) { id name } }'),
        "mutation_named": qs(query="query A { me { id } } mutation B { createUser { id } }", operationName="B"),
        "empty_params": "query=%7Bme%7Bid%7D%7D&operationName=&variables=&extensions=",
        "variables_array": qs(query=me, variables="[1]"),
        "variables_bad_json": "query=%7Bme%7Bid%7D%7D&variables=%7Bx",
        "no_query": "variables=%7B%7D",
        "two_queries": "query=a&query=b",
        "plus_and_percent": "query=%7B+me+%7B+id+%7D+%7D&operationName=%ZZ",
    })

    json_type = "application/json"
    write("post_request", {
        "me": f"{json_type}\n" + json.dumps({"query": me}),
        "variables": f"application/json; charset=utf-8\n" + json.dumps({
            "query": "mutation($input: UpdateMeInput!) { updateMe(input: $input) { id name } }",
            "operationName": None, "variables": {"input": {"name": "Ada", "phone": "+14155550100"}},
            "extensions": {"tracing": True}}),
        "batch": f"{json_type}\n" + json.dumps([{"query": me}, {"query": "{ users(first: 2) { nodes { id } } }",
                                                 "operationName": "Users"}]),
        "empty_batch": f"{json_type}\n[]",
        "not_json": f"{json_type}\n{{\"query\": ",
        "form": "application/x-www-form-urlencoded\nquery=%7Bme%7Bid%7D%7D",
        "charset_latin1": f"application/json; charset=latin1\n" + json.dumps({"query": me}),
        "graphql_type": "application/graphql\n{ me { id } }",
        "no_content_type": "\n" + json.dumps({"query": me}),
        "variables_string": f"{json_type}\n" + json.dumps({"query": me, "variables": "{}"}),
    })

    readme_issuer = '''[[issuers]]
issuer = "https://id.example.com/"    # must equal the token's iss and the discovery document's
audiences = ["https://api.example.com"]
algorithms = ["ES256", "RS256"]       # of RS256, PS256, ES256, EdDSA (default: RS256)
# jwks_uri = "https://..."             # else OpenID discovery from issuer
# cookie = "session"                   # this issuer's token cookie, read when no header is sent (unset: none)
# typ = "at+jwt"                       # required typ, when set (unset: JWT and at+jwt pass)
# email_claim = "email"                # trust these claims for provider-owned fields
# phone_claim = "phone_number"
'''
    auth0_issuer = '''[[issuers]]
issuer = "https://example-tenant.us.auth0.com/"
audiences = ["https://api.example.com"]     # the API identifier set in Auth0
algorithms = ["RS256"]
email_claim = "https://example.com/email"   # Auth0 puts custom claims under a namespace (an Action adds it)
link_claim = "https://example.com/passage_id"   # a claim holding the Passage user ID
link_verified_email = true                      # or: a verified email matching one snapshot
'''
    every_field = '''[[issuers]]
issuer = "http://127.0.0.1:3000"
audiences = ["https://api.example.com", "  "]
algorithms = ["RS256", "PS256", "ES256", "EdDSA"]
jwks_uri = "http://127.0.0.1:3000/jwks"
cookie = "session"
typ = "at+jwt"
email_claim = "email"
phone_claim = "phone_number"
link_claim = "passage_id"
link_verified_email = false
'''
    write("issuers_toml", {
        "readme": readme_issuer,
        "auth0": auth0_issuer,
        "every_field": every_field,
        "two_issuers": readme_issuer + "\n" + auth0_issuer,
        "empty": "",
        "listed_twice": auth0_issuer + auth0_issuer,
        "http_issuer": '[[issuers]]\nissuer = "http://id.example.com/"\naudiences = ["a"]\n',
        "unknown_field": '[[issuers]]\nissuer = "https://id.example.com/"\naudience = "a"\n',
        "hs256": '[[issuers]]\nissuer = "https://id.example.com/"\naudiences = ["a"]\nalgorithms = ["HS256"]\n',
        "not_toml": "[[issuers]\nissuer = ",
    })

    write("export_csv", {
        "dashboard": "User ID,Email,Email Verified,Phone,Status\n"
                     "Hk2sV8mQ0pLrT5wXyZ3aBc1d,one@export.example,true,+14155550100,active\n"
                     "Qw3eR4tY5uI6oP7aS8dF9gH0,,false,,active\n"
                     "AAAAAAAAAAAAAAAAAAAAAAAA,ghost@example.com,true,,active\n",
        "all_columns": "id,email,email_verified,phone,phone_verified,created_at\n"
                       "Hk2sV8mQ0pLrT5wXyZ3aBc1d,ada@example.com,yes,+442071838750,no,2024-05-01T10:00:00Z\n"
                       "\"not valid!\",\"x@example.com\",t,,f,\n"
                       "short-row\n",
        "quoted_header": "\"Passage User ID\",\"Email Address\",\"Phone Number Verified\"\r\n"
                         "\"Hk2sV8mQ0pLrT5wXyZ3aBc1d\",\"ada, lovelace@example.com\",\"1\"\r\n",
        "no_id_column": "Email,Phone\none@example.com,\n",
        "empty": "",
        "not_utf8": b"id,email\nHk2sV8mQ0pLrT5wXyZ3aBc1d,\xff\xfe@example.com\n",
    })

    write("links_csv", {
        "with_header": "passage_id,subject\nHk2sV8mQ0pLrT5wXyZ3aBc1d,barbara-new-subject\nnot valid!,x\n",
        "auth0_subjects": "Hk2sV8mQ0pLrT5wXyZ3aBc1d,auth0|65f0c1d2e3a4b5c6d7e8f901\n"
                          "Qw3eR4tY5uI6oP7aS8dF9gH0, google-oauth2|1045 \n"
                          "AAAAAAAAAAAAAAAAAAAAAAAA\n",
        "quoted": "\"passage_id\",\"subject\"\r\n\"Hk2sV8mQ0pLrT5wXyZ3aBc1d\",\"a,b\"\r\n",
        "header_later": "Hk2sV8mQ0pLrT5wXyZ3aBc1d,x\npassage_id,subject\n",
        "not_utf8": b"Hk2sV8mQ0pLrT5wXyZ3aBc1d,\xff\n",
        "empty": "",
    })
