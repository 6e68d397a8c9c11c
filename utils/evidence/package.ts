import { createMimeMessage } from 'mimetext/browser';
import { zipSync } from 'fflate';
import type { EvidenceDocument } from './record';
import { accountLines, accountSubject, type AccountDocument } from './account-record';
import { decidedWords, supplementLines, supplementSubject, type SupplementDocument } from './supplement-record';
import { IMAGE_FILE, RECORD_FILE } from './record';
import { isolatedWhereNeeded } from './isolate';
import { foldedEncodedWords } from './mail-header';
import { findingLines } from './finding-lines';
import { secrecyLines, subjectKinds } from './secrecy-lines';
import { postedText } from './posted-text';
import { characterCount, framed, oneLine, swedishNumber } from './quoted';
import { sha256HexSync } from './sha256-sync';
import { PLATFORM_NAMES } from '@/utils/platform-name';
import { inSwedishTime, swedishDateTime } from '@/utils/log/time';
import { fitText } from '@/utils/report-fit';

export interface PackageFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

export const PDF_FILE = 'dokumentation.pdf';

/** The files of one documentation package, in the order a registrar reads them. */
export function packageFiles(record: { json: string }, image: Uint8Array | null, pdf: Uint8Array | null): PackageFile[] {
  const files: PackageFile[] = [];
  if (pdf) files.push({ name: PDF_FILE, mime: 'application/pdf', bytes: pdf });
  if (image) files.push({ name: IMAGE_FILE, mime: 'image/png', bytes: image });
  files.push({ name: RECORD_FILE, mime: 'application/json', bytes: new TextEncoder().encode(record.json) });
  return files;
}

function accountName(doc: EvidenceDocument): string {
  return doc.account?.name || doc.account?.handle || doc.pageUrl;
}

/** A name from the page on a record's line: on that line, its direction its own. */
const named = (text: string) => isolatedWhereNeeded(oneLine(text));

/**
 * "Dokumentation sociala medier – Sjöviks kommun (Facebook) 2026-11-23 10:14 – otillåtet innehåll, personuppgifter (e1f3a2b4)":
 * the time and the record's first characters tell apart a day's documents of one account. The subject
 * is what a public diary shows: it names no writer and no sensitive category (those are in the record).
 */
export function subjectLine(doc: EvidenceDocument): string {
  // The account's name isolated: a right-to-left override in it turned the rest of the subject around, the record's id too.
  return `Dokumentation sociala medier – ${isolatedWhereNeeded(oneLine(accountName(doc)))} (${PLATFORM_NAMES[doc.platform]}) ${swedishDateTime(doc.capturedAt)} – ${subjectKinds(doc.categories)} (${doc.id.slice(0, 8)})`;
}

/** The post the comment is under: who, when (as Uppsikt read the page) and where; its text comes framed with the others. */
function postLines(doc: EvidenceDocument): string[] {
  const post = doc.post;
  if (!post) return [];
  const who = post.author ? named(post.author.name || post.author.handle || '') : 'okänd';
  const when = post.postedAt ? `omkring ${swedishDateTime(post.postedAt)} (svensk tid, som Uppsikt läste sidan)` : 'okänt';
  return [`Inlägget den står under: av ${who}, publicerat ${when}${post.permalink ? `, ${oneLine(post.permalink)}` : ''}`];
}

/** "Dokumenterad tidigare: 2026-12-07 14:36 (KS 2026/0003, handling e1f3a2b4)": a second registration of the same comment says so. */
function earlierLines(doc: EvidenceDocument): string[] {
  return (doc.earlier ?? []).map((e) => `Dokumenterad tidigare: ${swedishDateTime(e.at)} (${e.registrationNumber ? `${oneLine(e.registrationNumber)}, ` : 'inget diarienummer mottaget, '}handling ${e.id.slice(0, 8)})`);
}

/** "Beslut före dokumentationen: polisanmäld 2026-12-07 14:03 (Anna Berg, kommunikatör)". */
function decisionsBeforeLines(doc: EvidenceDocument): string[] {
  return (doc.decisionsBefore ?? []).map((d) => `Beslut före dokumentationen: ${decidedWords(d.action)} ${swedishDateTime(d.at)} (${oneLine(d.by)})`);
}

/** What the site or Uppsikt left out of the text, said before it; the page's part of the count is estimated (it holds the name and buttons). */
function cutLines(doc: EvidenceDocument): string[] {
  const lines: string[] = [];
  if (doc.comment.truncated) lines.push('Texten var förkortad på sidan ("Visa mer"); bara den synliga delen är dokumenterad.');
  // An empty frame must not read as a text lost on the way: the comment had none to read.
  if (!doc.comment.text.trim()) lines.push('Kommentaren har ingen text som Uppsikt kunde läsa (bara blanksteg, eller en bild eller länk); skärmbilden visar den.');
  const cut = doc.comment.textCut;
  if (cut) {
    const rest = cut.charactersCut ? `omkring ${swedishNumber(cut.charactersCut)} tecken till är inte med` : 'resten är inte med';
    lines.push(`Texten är längre än Uppsikt läser in: de första ${swedishNumber(characterCount(doc.comment.text))} tecknen är dokumenterade, ${rest}.`);
  }
  return lines;
}

/** The comment, the one it answers and the replies, each framed: after every field of the record. */
function textLines(doc: EvidenceDocument): string[] {
  const { parent, replies, repliesTotal } = doc.thread;
  const size = (text: string) => `${swedishNumber(characterCount(text))} tecken`;
  return [
    ...framed(`Kommentarens text (${size(doc.comment.text)})`, 'Slut på kommentarens text', doc.comment.text),
    ...(parent ? ['', ...framed(`Kommentaren den svarar på, av ${named(parent.author.name)} (${size(parent.text)})`, 'Slut på kommentaren den svarar på', parent.text)] : []),
    ...(doc.post?.text ? ['', ...framed(`Inlägget den står under (${size(doc.post.text)})`, 'Slut på inlägget', doc.post.text)] : []),
    ...replies.flatMap((r, i) => ['', ...framed(`Svar ${i + 1} av ${repliesTotal} i tråden, av ${named(r.author.name)} (${size(r.text)})`, `Slut på svar ${i + 1}`, r.text)]),
    ...(repliesTotal > replies.length ? ['', `${repliesTotal - replies.length} svar till i tråden finns inte med här.`] : []),
  ];
}

/**
 * The record in words, for the e-mail body and under the picture in the PDF. Every field comes
 * first, the checksums too; the page's texts come last, framed and each line marked with "> ", so
 * a comment that writes "Dokumenterad av: …" cannot pass for the record's own field.
 */
export function recordLines(doc: EvidenceDocument, recordSha256: string): string[] {
  const author = doc.comment.author;
  const organisation = [doc.organisation?.name, doc.organisation?.department].filter(Boolean).join(', ');
  return [
    'Dokumentation av kommentar i sociala medier, för registrering som allmän handling.',
    '',
    ...(doc.organisation ? [`Organisation: ${organisation || '–'}`] : []),
    `Konto: ${named(accountName(doc))}${doc.account?.url ? ` (${oneLine(doc.account.url)})` : ''}`,
    `Plattform: ${PLATFORM_NAMES[doc.platform]}`,
    `Sida: ${oneLine(doc.pageUrl)}`,
    `Kommentarens adress: ${doc.commentUrl ? oneLine(doc.commentUrl) : 'saknas på sidan'}`,
    `Skribent: ${named(author.name)}${author.handle ? ` (@${named(author.handle)})` : ''}${author.url ? ` ${oneLine(author.url)}` : ''}`,
    `Publicerad: ${postedText(doc.comment.postedAt, doc.comment.postedShown)}${doc.comment.edited ? ' (redigerad)' : ''}`,
    ...postLines(doc),
    ...(doc.policy ? [`Policy: ${doc.policy.name}`] : []),
    ...earlierLines(doc),
    ...decisionsBeforeLines(doc),
    ...findingLines(doc),
    ...secrecyLines(doc),
    ...cutLines(doc),
    `Dokumenterad av: ${oneLine(doc.editor)}`,
    `Dokumenterad: ${inSwedishTime(doc.capturedAt)}`,
    `Webbläsare: ${oneLine(doc.browser)}`,
    `Version av Uppsikt: ${doc.extensionVersion}`,
    `SHA-256 för ${RECORD_FILE}: ${recordSha256}`,
    ...(doc.image ? [`SHA-256 för ${doc.image.file}: ${doc.image.sha256}`] : []),
    '',
    `Den exakta texten finns i ${RECORD_FILE}. Här står varje rad av sidans texter efter "> ".`,
    '',
    ...textLines(doc),
  ];
}

/** A checksum's line in a record's words. */
const isSum = (line: string) => line.startsWith('SHA-256 för ');

/**
 * The record's lines with the PDF's SHA-256 after the record's own sums: the PDF is made from the record,
 * so the record cannot name it, and a mail's reader has no other way to check the PDF attached.
 */
export function withPdfSum(lines: string[], pdf: Uint8Array | null): string[] {
  if (!pdf) return lines;
  const after = lines.findLastIndex(isSum) + 1;
  const at = after > 0 ? after : lines.length;
  return [...lines.slice(0, at), `SHA-256 för ${PDF_FILE}: ${sha256HexSync(pdf)}`, ...lines.slice(at)];
}

/** Base64 in lines of 76: a mail line may be at most 998 characters long (RFC 5322). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/.{76}(?=.)/g, '$&\r\n');
}

const UNKNOWN_SENDER = 'uppsikt@invalid';

/**
 * An .eml draft to the registrar: Outlook and other mail clients open it ready to send
 * (X-Unsent), with the picture or PDF and the JSON record attached.
 */
export function buildEml(options: { to: string; from: string; subject: string; lines: string[]; files: PackageFile[] }): string {
  const message = createMimeMessage();
  // mimetext needs a sender. Without the organisation's address none is written: the mail client sends
  // the draft from the editor's own account (it was written as from the registrar itself).
  message.setSender(options.from || UNKNOWN_SENDER);
  message.setRecipient(options.to);
  message.setSubject(options.subject);
  message.setHeader('X-Unsent', '1');
  // The comment may be 1 MB on one line, in any script: base64 keeps it exact within the line limit.
  // Lines end in CRLF before encoding, as MIME has text end its lines (RFC 2046, 4.1.1).
  message.addMessage({ contentType: 'text/plain', charset: 'utf-8', encoding: 'base64', data: toBase64(new TextEncoder().encode(options.lines.join('\r\n'))) });
  for (const file of options.files) {
    message.addAttachment({ filename: file.name, contentType: file.mime, data: toBase64(file.bytes) });
  }
  // mimetext writes the Subject as one encoded word on one line, however long.
  const raw = message.asRaw().replace(/^Subject: .*$/m, () => `Subject: ${foldedEncodedWords(options.subject)}`);
  return options.from ? raw : raw.replace(/^From: .*\r\n/m, '');
}

/** Mail clients cut long mailto: URLs: the body is cut before, where the reader is told. */
const MAILTO_BODY = 1800;
const MAILTO_CUT = '\n… (texten fortsätter i handling.json, som inte kan bifogas här)';

/** A lone half of a surrogate pair (a page's broken text) would make encodeURIComponent throw. */
const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** Said first in a mail without its files: the registrar must not take it for the whole record. */
export const MAILTO_WITHOUT_FILES = 'OBS: Det här meddelandet har inga bilagor. Skärmbilden och handling.json, med den exakta texten, ska skickas också (spara dokumentationen som ZIP på loggsidan).';

/** Lines said after the comment's text in a mail without attachments: the policy's words per finding (long, and in the policy itself), and what the screenshot (not attached) shows. */
const isPolicyLine = (line: string) => /^(?:Fynd|Policy|Åtgärd enligt [^:]*):|^Skärmbilden /.test(line);

/**
 * The body of a mail without attachments, in the order that keeps the most of the record when the
 * mail client cuts it: what it lacks, the checksums, the record's fields, the comment's own text,
 * then the policy's words and the thread. (In record order the policy's clauses filled the body and
 * the comment's text was cut away.)
 */
function mailtoBody(lines: string[]): string {
  const start = lines.findIndex((line) => line.startsWith('----- Kommentarens text'));
  const end = start < 0 ? -1 : lines.indexOf('----- Slut på kommentarens text -----', start);
  const head = end < 0 ? lines : lines.slice(0, start);
  const comment = end < 0 ? [] : lines.slice(start, end + 1);
  const tail = end < 0 ? [] : lines.slice(end + 1);
  const fields = head.filter((line) => !isSum(line) && !isPolicyLine(line));
  return [MAILTO_WITHOUT_FILES, '', ...lines.filter(isSum), '', ...fields, ...comment, '', ...head.filter(isPolicyLine), ...tail].join('\n');
}

/** A mailto: link for when no .eml can be opened: the record in the body, without attachments (and saying so). */
export function mailtoLink(to: string, subject: string, lines: string[]): string {
  let body = wellFormed(mailtoBody(lines));
  if (body.length > MAILTO_BODY) body = fitText(body, MAILTO_BODY - MAILTO_CUT.length) + MAILTO_CUT;
  return `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(wellFormed(subject))}&body=${encodeURIComponent(body)}`;
}

/** Subject and body lines of any stored record (a comment's, an account's or a supplement's). */
export function describeRecord(recordJson: string, recordSha256: string): { subject: string; lines: string[] } {
  const parsed = JSON.parse(recordJson) as EvidenceDocument | AccountDocument | SupplementDocument;
  if (parsed.schema === 'uppsikt.account-documentation/1') return { subject: accountSubject(parsed), lines: accountLines(parsed, recordSha256) };
  if (parsed.schema === 'uppsikt.supplement/1') return { subject: supplementSubject(parsed), lines: supplementLines(parsed, recordSha256) };
  return { subject: subjectLine(parsed), lines: recordLines(parsed, recordSha256) };
}

/** The package as one ZIP, with a checksum list of every file in it (`sha256sum -c` reads it). */
export function buildZip(files: PackageFile[], recordSha256: string, imageSha256: string | null): Uint8Array {
  const known: Record<string, string | null> = { [RECORD_FILE]: recordSha256, [IMAGE_FILE]: imageSha256 };
  const sums = files.map((file) => `${known[file.name] ?? sha256HexSync(file.bytes)}  ${file.name}`).join('\n');
  const entries: Record<string, Uint8Array> = { 'SHA256SUMS.txt': new TextEncoder().encode(`${sums}\n`) };
  for (const file of files) entries[file.name] = file.bytes;
  return zipSync(entries, { level: 6 });
}
