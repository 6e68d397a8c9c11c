import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';

/** The demo's organisation: the fictional Sjöviks kommun, its editor Anna and a local registrar. */
export function DEMO_SETTINGS(registrarUrl: string): Settings {
  return {
    ...DEFAULT_SETTINGS,
    organisation: {
      name: 'Sjöviks kommun', department: 'Kommunstyrelsen', website: 'https://www.sjovik.se', switchboard: '0510-77 00 00',
      email: 'kommun@sjovik.se', visitingAddress: 'Storgatan 1, 531 30 Sjövik', postalAddress: 'Box 1, 531 30 Sjövik',
      dataProtectionOfficer: 'Dataskyddsombudet, dataskyddsombud@sjovik.se',
    },
    editor: { firstName: 'Anna', lastName: 'Berg', title: 'kommunikatör' },
    policy: { presetId: 'stockholm' },
    registrar: { transport: 'http', email: 'registrator@sjovik.se', endpoint: registrarUrl, headers: {}, attachPdf: true, sendDecisions: true },
  };
}
