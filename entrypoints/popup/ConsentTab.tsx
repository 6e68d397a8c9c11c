import { ConsentPanel, type ConsentPanelProps } from '@/components/ConsentPanel';
import { ConsentRegister, type ConsentRegisterProps } from '@/components/ConsentRegister';

/** The consent tab: the wording to send, then the register of what was sent (one chunk, loaded on first open). */
export function ConsentTab({ editor, withdraw, ...panel }: ConsentPanelProps & Pick<ConsentRegisterProps, 'editor' | 'withdraw'>) {
  return (
    <>
      <ConsentPanel {...panel} />
      <ConsentRegister editor={editor} lang={panel.lang} withdraw={withdraw} />
    </>
  );
}
