import { Component, type ReactNode } from 'react';
import { storageFailure } from '@/utils/db/storage-failure';
import { useSettings } from '@/utils/ui/hooks';
import { reasonText } from '@/utils/ui/reason-text';
import { STRINGS } from '@/utils/ui/strings';

/**
 * Round each extension page's root: a live query re-throws the database's error while the page
 * renders, and React then leaves the whole page blank. Says what failed instead, with a reload.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean; error: unknown }> {
  override state = { failed: false, error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, error };
  }

  override componentDidMount() {
    // A database that will not open is not thrown: Dexie's live queries wait for it, showing "loading" for ever.
    // Imported here, after the first paint: the popup keeps Dexie off its startup path.
    import('@/utils/db/app-db')
      .then(({ db }) => db().open())
      .catch((error: unknown) => this.setState({ failed: true, error }));
  }

  override render() {
    return this.state.failed ? <PageFailed error={this.state.error} /> : this.props.children;
  }
}

/** The language's own errors are a fault in Uppsikt, not the database's (whose errors are DOMExceptions and Dexie's own). */
const PROGRAM_ERRORS = new Set(['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'URIError', 'EvalError']);

/** The settings live apart from the database, so the message is in the editor's language. */
function PageFailed({ error }: { error: unknown }) {
  const lang = useSettings().settings.language;
  const t = STRINGS[lang];
  const name = (error as { name?: unknown } | null)?.name;
  const why = typeof name === 'string' && PROGRAM_ERRORS.has(name)
    ? t.unexpectedFailure(`${name}: ${String((error as Error).message).slice(0, 160)}`)
    : reasonText(storageFailure(error), lang);
  return (
    <main lang={lang}>
      <p role="alert" className="notice notice-warning">{t.pageFailed} {why}</p>
      <button type="button" className="action-button" onClick={() => location.reload()}>{t.reload}</button>
    </main>
  );
}
