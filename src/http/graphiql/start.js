// Mounts the vendored GraphiQL (assets/graphiql/) on #graphiql, against this
// server's GraphQL endpoint. The server passes the settings in the page's
// JSON block: the page has no inline script, so its Content-Security-Policy
// can allow scripts from 'self' only.
"use strict";
(function () {
  const settings = JSON.parse(document.getElementById("graphiql-settings").textContent);
  // GraphiQL's dialogs add a <style> element (react-remove-scroll), which
  // takes its nonce from this global; the policy admits that nonce alone.
  window.__webpack_nonce__ = settings.styleNonce;
  const fetcher = GraphiQL.createFetcher({
    url: new URL(settings.endpoint, window.location.href).href,
  });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, {
      fetcher,
      // Dev mode: the demo user's `Authorization` header, in the headers
      // editor where it can be seen, changed or removed. Never persisted.
      headers: settings.headers ?? undefined,
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: settings.headers ? "headers" : true,
    }),
  );
})();
