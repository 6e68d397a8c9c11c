// The extension APIs the background's outbox uses, as fakes a test can steer and read: downloads that
// end as `state.ending` says, alarms kept one per name, notifications, storage and the host permission.

/** The browser's downloads as a fake: each download ends as `ending` says, a moment after it starts. */
export const fake = (() => {
  const listeners = new Set<(delta: object) => void>();
  const state = {
    ending: 'complete' as 'complete' | 'FILE_NO_SPACE' | 'never',
    started: [] as string[],
    /** The address each download read its bytes from. */
    urls: [] as string[],
    alarms: [] as Array<{ name: string; when?: number }>,
    notices: [] as Array<{ title: string; message: string }>,
    session: {} as Record<string, unknown>,
    local: {} as Record<string, unknown>,
    granted: true,
  };
  const downloads = {
    download: async ({ filename, url }: { filename: string; url: string }) => {
      state.urls.push(url);
      const id = state.started.push(filename);
      const ending = state.ending;
      if (ending !== 'never') {
        setTimeout(() => {
          const delta = ending === 'complete' ? { id, state: { current: 'complete' } } : { id, state: { current: 'interrupted' }, error: { current: ending } };
          for (const listener of listeners) listener(delta);
        }, 5);
      }
      return id;
    },
    cancel: async () => undefined,
    onChanged: { addListener: (l: (delta: object) => void) => listeners.add(l), removeListener: (l: (delta: object) => void) => listeners.delete(l) },
  };
  const browser = {
    downloads,
    runtime: { getURL: (path: string) => `chrome-extension://uppsiktid${path}`, getManifest: () => ({ version: '0.0.0' }) },
    // As the browser keeps them: one alarm per name, a new one replacing the old.
    alarms: {
      create: async (name: string, info: { when?: number }) => void (state.alarms = [...state.alarms.filter((a) => a.name !== name), { name, ...info }]),
      clear: async (name: string) => {
        state.alarms = state.alarms.filter((a) => a.name !== name);
        return true;
      },
    },
    permissions: { contains: async () => state.granted },
    notifications: { create: async (_id: string, options: { title: string; message: string }) => void state.notices.push(options) },
    storage: {
      session: {
        get: async (key: string) => (key in state.session ? { [key]: state.session[key] } : {}),
        set: async (items: Record<string, unknown>) => void Object.assign(state.session, items),
      },
      local: {
        get: async (key: string) => (key in state.local ? { [key]: state.local[key] } : {}),
        set: async (items: Record<string, unknown>) => void Object.assign(state.local, items),
      },
    },
  };
  return { state, browser, downloads };
})();
