/**
 * The browser code that starts GraphiQL, served as a file so that the page's
 * Content-Security-Policy can forbid inline scripts. It reads its settings from the page's
 * `#ide-config` JSON block and uses the globals of the UMD builds loaded before it.
 * GraphiQL titles each tab by its operation name, so the example names go unused here. The
 * doc explorer starts closed: GraphiQL 4.1's \`visiblePlugin\` prop marks it open without
 * showing its pane, so the sidebar's book icon would then need two clicks.
 */
export const ideStartScript = `'use strict';
(() => {
  const config = JSON.parse(document.getElementById('ide-config').textContent);
  const fetcher = GraphiQL.createFetcher({ url: config.endpoint, enableIncrementalDelivery: false });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(
      GraphiQL,
      {
        fetcher,
        defaultTabs: config.examples.map((example) => ({ query: example.query })),
      },
      React.createElement(GraphiQL.Logo, null, 'Inspection graph'),
    ),
  );
})();
`;

/** Lets GraphiQL fill the window; its own stylesheet assumes a sized container. */
export const ideStylesheet = `html, body, #graphiql { height: 100%; margin: 0; }
`;
