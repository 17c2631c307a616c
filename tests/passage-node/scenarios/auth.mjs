// passage.auth.validateJwt (the JWKS from the emulator's "auth.passage.id"),
// and the older ways to the same check the SDK still offers:
// authenticateRequest (cookie, then header strategy), authenticateRequestWith
// Header/Cookie and validAuthToken, with Node requests and fetch Requests.
export default async function auth({ input, sdk, passage, check, equal, rejects }) {
  const { valid, expired, wrongAudience, unknownKey } = input.tokens;
  const userId = input.userId;

  equal(await passage.auth.validateJwt(valid), userId, "validateJwt(valid)");
  const refusals = {
    expired: await rejects(passage.auth.validateJwt(expired), "validateJwt(expired)"),
    wrongAudience: await rejects(passage.auth.validateJwt(wrongAudience), "validateJwt(another app's)"),
    unknownKey: await rejects(passage.auth.validateJwt(unknownKey), "validateJwt(unknown key)"),
    garbage: await rejects(passage.auth.validateJwt("not.a.jwt"), "validateJwt(garbage)"),
  };
  check(refusals.expired.includes('"exp"'), `expired: ${refusals.expired}`);
  check(refusals.wrongAudience.includes("Incorrect app ID"), `wrong audience: ${refusals.wrongAudience}`);
  check(refusals.unknownKey.includes("no applicable key"), `unknown key: ${refusals.unknownKey}`);

  // An Express-style request (headers as an object) and a fetch Request.
  const nodeRequest = (headers) => ({ headers });
  const cookie = `theme=dark; psg_auth_token=${valid}; other=1`;
  equal(await passage.authenticateRequest(nodeRequest({ cookie })), userId, "authenticateRequest (cookie)");
  equal(
    await passage.authenticateRequestWithCookie(new Request("http://app.test/", { headers: { cookie } })),
    userId,
    "authenticateRequestWithCookie (fetch Request)",
  );
  equal(
    await passage.authenticateRequestWithHeader(nodeRequest({ authorization: `Bearer ${valid}` })),
    userId,
    "authenticateRequestWithHeader",
  );
  const byHeader = new sdk.Passage({ appID: input.appId, apiKey: input.apiKey, authStrategy: "HEADER" });
  equal(
    await byHeader.authenticateRequest(new Request("http://app.test/", { headers: { authorization: `Bearer ${valid}` } })),
    userId,
    "authenticateRequest (header strategy)",
  );
  equal(await passage.validAuthToken(valid), userId, "validAuthToken");
  refusals.noCookie = await rejects(passage.authenticateRequest(nodeRequest({})), "authenticateRequest(no cookie)");
  refusals.expiredCookie = await rejects(
    passage.authenticateRequest(nodeRequest({ cookie: `psg_auth_token=${expired}` })),
    "authenticateRequest(expired)",
  );
  return { refusals };
}
