import { browser } from 'wxt/browser';
import { storageFailure } from '@/utils/db/storage-failure';
import { loadSettings } from '@/utils/settings/store';
import { reasonText } from '@/utils/ui/reason-text';

// The outbox runs on alarms, with no page waiting for its answer: a write that fails (a full disk)
// is shown as a system notification, or the documentation would wait unseen.

const TEXT = {
  sv: { title: 'Utkorgen till registrator kunde inte sparas', again: 'Uppsikt försöker igen om en stund.' },
  en: { title: 'The outbox to the registrar could not be saved', again: 'Uppsikt tries again in a while.' },
};

export async function reportOutboxFailure(error: unknown): Promise<void> {
  const lang = (await loadSettings().catch(() => null))?.settings.language ?? 'sv';
  const message = `${reasonText(storageFailure(error), lang)} ${TEXT[lang].again}`;
  await browser.notifications
    .create('uppsikt-outbox', { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title: TEXT[lang].title, message })
    .catch(() => undefined);
}
