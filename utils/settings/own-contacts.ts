import type { OwnContacts } from '@/rules/types';
import type { Settings } from './schema';

/** The organisation's own contact details, which are never flagged as a private person's. */
export function ownContacts(settings: Settings): Required<OwnContacts> {
  const org = settings.organisation;
  return {
    emails: org.email ? [org.email] : [],
    phones: org.switchboard ? [org.switchboard] : [],
    addresses: [org.visitingAddress, org.postalAddress].filter(Boolean),
    websites: org.website ? [org.website] : [],
  };
}
