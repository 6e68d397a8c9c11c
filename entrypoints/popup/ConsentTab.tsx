import { ConsentPanel, type ConsentPanelProps } from '@/components/ConsentPanel';
import { ConsentRegister, type ConsentRegisterProps } from '@/components/ConsentRegister';

/**
 * The consent tab: the wording to send, then the register of what was sent, where an answer is recorded
 * later (one chunk, loaded on first open). Answers go to the background the way new entries do.
 */
export function ConsentTab({ editor, withdraw, ...panel }: ConsentPanelProps & Pick<ConsentRegisterProps, 'editor' | 'withdraw'>) {
  return (
    <>
      <ConsentPanel {...panel} />
      <ConsentRegister editor={editor} lang={panel.lang} withdraw={withdraw} answer={panel.register} />
    </>
  );
}
