/**
 * The browser code that starts GraphiQL, served as a file so that the page's
 * Content-Security-Policy can forbid inline scripts. It reads its settings from the page's
 * `#ide-config` JSON block and uses the globals of the UMD builds loaded before it.
 * GraphiQL titles each tab by its operation name, so the example names go unused here. The
 * doc explorer starts closed: GraphiQL 4.1's \`visiblePlugin\` prop marks it open without
 * showing its pane, so the sidebar's book icon would then need two clicks. A link may carry an
 * operation in the fragment (\`/graphql#query=...\`, as the explorer's "open in the IDE" does):
 * it opens as a tab of its own. The fragment never reaches the server, and a \`?query=\`
 * parameter would make the request a GraphQL GET instead of the page.
 */
export const ideStartScript = `'use strict';
(() => {
  const config = JSON.parse(document.getElementById('ide-config').textContent);
  const linked = new URLSearchParams(location.hash.slice(1)).get('query');
  const examples = config.examples.map((example) => ({ query: example.query }));
  const fetcher = GraphiQL.createFetcher({ url: config.endpoint, enableIncrementalDelivery: false });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(
      GraphiQL,
      {
        fetcher,
        defaultTabs: linked ? [{ query: linked }, ...examples] : examples,
        query: linked || undefined,
      },
      React.createElement(GraphiQL.Logo, null, 'Inspection graph'),
    ),
  );
})();
`;

/** Lets GraphiQL fill the window; its own stylesheet assumes a sized container. */
export const ideStylesheet = `html, body, #graphiql { height: 100%; margin: 0; }
`;
