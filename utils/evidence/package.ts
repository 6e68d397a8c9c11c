import { createMimeMessage } from 'mimetext/browser';
import { zipSync } from 'fflate';
import { categoryLabel } from '@/rules/explain';
import type { EvidenceDocument } from './record';
import { accountLines, accountSubject, type AccountDocument } from './account-record';
import { IMAGE_FILE } from './record';
import { isolate } from './isolate';
import { foldedEncodedWords } from './mail-header';
import { PLATFORM_NAMES } from '@/utils/platform-name';
import { inSwedishTime, swedishDateTime } from '@/utils/log/time';

export interface PackageFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

export const RECORD_FILE = 'handling.json';
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

/** "Dokumentation sociala medier – Sjöviks kommun (facebook) 2026-11-23 – Hets mot folkgrupp" */
export function subjectLine(doc: EvidenceDocument): string {
  const labels = doc.categories.map((c) => categoryLabel(c, 'sv')).join(', ') || 'Kommentar';
  return `Dokumentation sociala medier – ${accountName(doc)} (${PLATFORM_NAMES[doc.platform]}) ${swedishDateTime(doc.capturedAt).slice(0, 10)} – ${labels}`;
}

/** The record in words, for the e-mail body and under the picture in the PDF. */
export function recordLines(doc: EvidenceDocument, recordSha256: string): string[] {
  return [
    'Dokumentation av kommentar i sociala medier, för registrering som allmän handling.',
    '',
    `Konto: ${isolate(accountName(doc))}${doc.account?.url ? ` (${doc.account.url})` : ''}`,
    `Plattform: ${PLATFORM_NAMES[doc.platform]}`,
    `Sida: ${doc.pageUrl}`,
    `Kommentarens adress: ${doc.commentUrl ?? 'saknas på sidan'}`,
    `Skribent: ${isolate(doc.comment.author.name)}${doc.comment.author.handle ? ` (@${isolate(doc.comment.author.handle)})` : ''}${doc.comment.author.url ? ` ${doc.comment.author.url}` : ''}`,
    `Publicerad: ${doc.comment.postedAt ? inSwedishTime(doc.comment.postedAt) : 'okänt'}${doc.comment.edited ? ' (redigerad)' : ''}`,
    `Kategorier: ${doc.categories.map((c) => categoryLabel(c, 'sv')).join(', ') || '–'}`,
    `Regler: ${doc.rules.join(', ') || '–'}`,
    `Dokumenterad av: ${doc.editor}`,
    `Dokumenterad: ${inSwedishTime(doc.capturedAt)}`,
    `Webbläsare: ${doc.browser}`,
    `Version av Uppsikt: ${doc.extensionVersion}`,
    '',
    'Kommentarens text, exakt som den visades:',
    doc.comment.text,
    '',
    ...(doc.thread.parent ? [`Svar på: ${isolate(doc.thread.parent.author.name)}: ${doc.thread.parent.text}`, ''] : []),
    ...(doc.thread.replies.length ? ['Svar i tråden:', ...doc.thread.replies.map((r) => `– ${isolate(r.author.name)}: ${r.text}`), ''] : []),
    `SHA-256 för ${RECORD_FILE}: ${recordSha256}`,
    ...(doc.image ? [`SHA-256 för ${doc.image.file}: ${doc.image.sha256}`] : []),
  ];
}

/** Base64 in lines of 76: a mail line may be at most 998 characters long (RFC 5322). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/.{76}(?=.)/g, '$&\r\n');
}

/**
 * An .eml draft to the registrar: Outlook and other mail clients open it ready to send
 * (X-Unsent), with the picture or PDF and the JSON record attached.
 */
export function buildEml(options: { to: string; from: string; subject: string; lines: string[]; files: PackageFile[] }): string {
  const message = createMimeMessage();
  message.setSender(options.from || options.to);
  message.setRecipient(options.to);
  message.setSubject(options.subject);
  message.setHeader('X-Unsent', '1');
  // The comment may be 1 MB on one line, in any script: base64 keeps it exact within the line limit.
  message.addMessage({ contentType: 'text/plain', charset: 'utf-8', encoding: 'base64', data: toBase64(new TextEncoder().encode(options.lines.join('\n'))) });
  for (const file of options.files) {
    message.addAttachment({ filename: file.name, contentType: file.mime, data: toBase64(file.bytes) });
  }
  // mimetext writes the Subject as one encoded word on one line, however long.
  return message.asRaw().replace(/^Subject: .*$/m, () => `Subject: ${foldedEncodedWords(options.subject)}`);
}

/** A mailto: link for when no .eml can be opened: the record in the body, without attachments. */
export function mailtoLink(to: string, subject: string, lines: string[]): string {
  const body = lines.join('\n').slice(0, 1800); // mail clients cut long mailto URLs
  return `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** Subject and body lines of any stored record (a comment's or an account's). */
export function describeRecord(recordJson: string, recordSha256: string): { subject: string; lines: string[] } {
  const parsed = JSON.parse(recordJson) as EvidenceDocument | AccountDocument;
  return parsed.schema === 'uppsikt.account-documentation/1'
    ? { subject: accountSubject(parsed), lines: accountLines(parsed, recordSha256) }
    : { subject: subjectLine(parsed), lines: recordLines(parsed, recordSha256) };
}

/** The package as one ZIP, with a checksum list. */
export function buildZip(files: PackageFile[], recordSha256: string, imageSha256: string | null): Uint8Array {
  const sums = [`${recordSha256}  ${RECORD_FILE}`, ...(imageSha256 ? [`${imageSha256}  ${IMAGE_FILE}`] : [])].join('\n');
  const entries: Record<string, Uint8Array> = { 'SHA256SUMS.txt': new TextEncoder().encode(`${sums}\n`) };
  for (const file of files) entries[file.name] = file.bytes;
  return zipSync(entries, { level: 6 });
}
