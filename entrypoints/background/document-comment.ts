import type { EvidenceRecord } from '@/utils/db/records';
import { buildEvidenceDocument, fitCaptured, RECORD_LIMITS, serialiseRecord, type CapturedComment, type DecisionBefore, type EarlierDocumentation } from '@/utils/evidence/record';
import { isSupplemented } from '@/utils/evidence/supplement-record';
import { db } from '@/utils/db/app-db';
import { analyzeMany } from '@/rules/analyze';
import { flaggedCategories } from '@/rules/triage';
import type { Category } from '@/rules/categories';
import type { Settings } from '@/utils/settings/schema';
import { ownContacts } from '@/utils/settings/own-contacts';
import { sendMessage, type Result } from '@/utils/messaging';
import { accountKey } from '@/utils/accounts/register';
import { captureTab, documentationStamp, saveAndQueue } from './capture';

/** What the rules find in the comment it answers, the replies the record keeps and the post: the thread's personal data, for the registrator's secrecy decision. */
function threadCategories(captured: CapturedComment, settings: Settings): Category[] {
  const texts = [captured.parent, ...captured.replies.slice(0, RECORD_LIMITS.replies), captured.post].flatMap((c) => (c ? [c.text] : []));
  return flaggedCategories(analyzeMany(texts, { own: ownContacts(settings) }).flat());
}

/** The comment's documentation before this one: a second registration is known as such, and which the first was. */
async function earlierDocumentation(captured: CapturedComment): Promise<EarlierDocumentation[]> {
  const earlier = await db().evidence.where('commentId').equals(captured.comment.id)
    .filter((e) => e.kind === 'comment' && e.platform === captured.platform).sortBy('at');
  return earlier.map((e) => ({ id: e.id, at: e.at, registrationNumber: e.registrationNumber }));
}

/** Removal and police decisions logged before the comment was documented: the record tells them, as no supplement could. */
async function decisionsBefore(captured: CapturedComment): Promise<DecisionBefore[]> {
  const logged = await db().log.where('commentId').equals(captured.comment.id)
    .filter((e) => e.platform === captured.platform && isSupplemented(e.action)).sortBy('at');
  return logged.map((e) => ({ action: e.action as DecisionBefore['action'], at: e.at, by: e.by }));
}

/**
 * A read that failed (a full disk makes the browser close the database) leaves the documentation without what it
 * would have added, rather than undone: the documentation itself still goes to the downloads if it cannot be saved.
 */
async function orNone<T>(read: () => Promise<T[]>): Promise<T[]> {
  try {
    return await read();
  } catch {
    return [];
  }
}

/** Characters of the comment handed back for the notice that names it. */
const NOTICE_TEXT_LENGTH = 200;

/**
 * One click: the comment is scrolled into view and marked, the visible tab captured, the record
 * built and hashed, saved to IndexedDB first, then queued for the registrar.
 */
export async function documentComment(tabId: number, commentId: string | null): Promise<Result<{ evidenceId: string; writer: string; text: string }>> {
  let prepared;
  try {
    prepared = await sendMessage('prepareCapture', commentId, tabId);
  } catch {
    return { ok: false, reason: 'Sidan svarar inte. Ladda om den och försök igen.' };
  }
  if (!prepared.ok) return prepared;
  // Cut to what the background takes from a page, so a misread field cannot make the record unrestorable from a backup.
  const captured = fitCaptured(prepared.captured);
  const shot = await captureTab(tabId);
  if (!shot.ok) return shot;

  const { settings, ...stamp } = await documentationStamp(shot.image);
  const { id, capturedAt, imageSha256 } = stamp;
  // The organisation and its policy go into the record: the registrar reads why it was documented.
  const doc = buildEvidenceDocument({
    ...stamp, captured, settings, threadCategories: threadCategories(captured, settings), earlier: await orNone(() => earlierDocumentation(captured)),
    decisionsBefore: await orNone(() => decisionsBefore(captured)),
  });
  const record = await serialiseRecord(doc);
  const evidence: EvidenceRecord = {
    id, at: capturedAt, by: doc.editor, kind: 'comment', platform: captured.platform,
    account: captured.account ? accountKey(captured.account) : null, pageUrl: captured.pageUrl,
    commentId: captured.comment.id, commentUrl: captured.comment.permalink, author: captured.comment.author,
    text: captured.comment.text, postedAt: captured.comment.postedAt, categories: doc.categories, rules: doc.rules,
    recordJson: record.json, recordSha256: record.sha256, image: shot.image, imageSha256, registrationNumber: null,
  };
  const saved = await saveAndQueue(evidence, settings, `${captured.platform}:${captured.comment.id}`, 'documented');
  // Which comment it was, for the page's notice: the editor sees it is the one she meant before she removes it.
  // Its opening words only: the notice quotes a few, and a comment may be half a megabyte.
  const opening = captured.comment.text.slice(0, NOTICE_TEXT_LENGTH);
  return saved.ok ? { ...saved, writer: captured.comment.author.name || captured.comment.author.handle || '', text: opening } : saved;
}
