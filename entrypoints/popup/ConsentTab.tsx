import { ConsentPanel, type ConsentPanelProps } from '@/components/ConsentPanel';
import { ConsentRegister } from '@/components/ConsentRegister';

/** The consent tab: the wording to send, then the register of what was sent (one chunk, loaded on first open). */
export function ConsentTab(props: ConsentPanelProps) {
  return (
    <>
      <ConsentPanel {...props} />
      <ConsentRegister editor={props.editor} lang={props.lang} log={props.log} />
    </>
  );
}
