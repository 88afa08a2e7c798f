// GraphiQL on /graphql, from the files the service serves itself (no CDN). Queries go to
// this page's own address, subscriptions over a websocket to the same one
// (graphql-transport-ws). The query and variables are kept in the address for sharing; the
// headers (a token: {"Authorization": "Bearer TOKEN"}) stay in this browser only.
"use strict";

(function () {
  const EXAMPLE_QUERY = `# civicmatch: GraphQL for jobs, live-stream job fairs and volunteering.
#
# Run a query with Ctrl-Enter (or the play button); Ctrl-Space completes.
# A token goes in the Headers tab below: {"Authorization": "Bearer TOKEN"}
{
  jobs(first: 5) {
    totalCount
    edges { node { title employer { name } salaryMin salaryMax location } }
  }
}
`;

  const parameters = new URLSearchParams(window.location.search);
  const fetchURL = window.location.href.split(/[?#]/)[0];

  function updateURL(name, value) {
    if (value) {
      parameters.set(name, value);
    } else {
      parameters.delete(name);
    }
    const search = parameters.toString();
    history.replaceState(null, "", search ? `?${search}` : window.location.pathname);
  }

  function websocketURL(url) {
    const parsed = new URL(url);
    parsed.protocol = parsed.protocol === "https:" ? "wss:" : "ws:";
    parsed.hash = "";
    return parsed.toString();
  }

  const fetcher = GraphiQL.createFetcher({
    url: fetchURL,
    subscriptionUrl: websocketURL(fetchURL),
  });

  function CivicmatchGraphiQL() {
    const [query, setQuery] = React.useState(parameters.get("q") || EXAMPLE_QUERY);
    const [variables, setVariables] = React.useState(parameters.get("variables") || undefined);
    const explorer = React.useMemo(() => GraphiQLPluginExplorer.explorerPlugin(), []);
    return React.createElement(GraphiQL, {
      fetcher,
      defaultEditorToolsVisibility: true,
      plugins: [explorer],
      query,
      variables,
      onEditQuery(next) {
        setQuery(next);
        updateURL("q", next);
      },
      onEditVariables(next) {
        setVariables(next);
        updateURL("variables", next);
      },
      inputValueDeprecation: true,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: true,
    });
  }

  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(CivicmatchGraphiQL),
  );
})();
