// A comment's text is written by anyone: in the e-mail and the PDF it must not pass for the
// record's own lines ("Dokumenterad av: …"). Page text on a field's line is kept to that line, and a
// text of its own is framed, every line of it marked with "> ", so no line of it starts like a field.

/** Every way a mail client or a PDF may start a new line. */
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;

/** Page text for one line of the record (a name, a quote, a label): its line breaks as spaces. */
export function oneLine(text: string): string {
  return text.replace(new RegExp(LINE_BREAKS.source, 'g'), ' ');
}

/** Characters as a reader counts them: an emoji is one, not two UTF-16 units. */
export function characterCount(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return text.length - pairs;
}

/** "1 234 567": thousands apart, as Swedish writes numbers. */
export function swedishNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** The text between a heading and an end line, each of its lines after "> ". */
export function framed(heading: string, end: string, text: string): string[] {
  return [`----- ${heading} -----`, ...text.split(LINE_BREAKS).map((line) => `> ${line}`), `----- ${end} -----`];
}
