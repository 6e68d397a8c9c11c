/** Accounts in Swedish order (å, ä, ö after z), numbers by their value: "Bibliotek 12" before "Bibliotek 102". */
const collator = new Intl.Collator('sv', { numeric: true });

export const byName = (a: { name: string }, b: { name: string }): number => collator.compare(a.name, b.name);
