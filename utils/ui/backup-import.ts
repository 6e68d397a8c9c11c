import { sendBackup } from '@/utils/log/backup-parts';
import { sendMessage } from '@/utils/messaging';
import { askBackground } from './background-writes';

/**
 * The log page's import of a backup file, sent to the background in parts: a whole file of
 * screenshots is more than one message may carry. Apart from background-writes, so the popup does
 * not load the backup's checks (the schema library) before its first frame.
 */
export const importBackup = (file: Blob) => sendBackup(file, {
  begin: (head) => askBackground(sendMessage('importBackupBegin', head)),
  part: (part) => askBackground(sendMessage('importBackupPart', part)),
  commit: (importId) => askBackground(sendMessage('importBackupCommit', importId)),
  abort: (importId) => askBackground(sendMessage('importBackupAbort', importId)),
});
