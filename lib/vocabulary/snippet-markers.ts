// Private-use characters mark a search match inside a snippet: they cannot occur in imported
// text by accident, and each front end turns them into its own highlighting (ANSI, <mark>, brackets).
export const SNIPPET_OPEN = '\uE000';
export const SNIPPET_CLOSE = '\uE001';
