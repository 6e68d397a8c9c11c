// Which fallback each part of the page was read with: a debug note beside the fixed snapshot shape,
// so a test or the extract CLI can see when Instagram's markup pushed the adapter off its first choice.
export type Strategies = Record<string, string | null>;
