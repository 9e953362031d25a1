// Whether the trader folded the pre-trade panel to one line per side: kept in storage.sync beside the
// settings (its own key, so the settings' version and checks stay as they are) and remembered for
// every venue at once: the panel looks the same on each, and a trader who wants it small wants it
// small everywhere.
import type { KeyValueArea } from '../platform/key-value-area';
import type { FoldMemory } from '../overlay/mount';

export const FOLD_KEY = 'liqcheck.orderFolded';

export function foldStore(area: KeyValueArea): FoldMemory {
  return {
    // Only a stored `true` folds: anything else (nothing yet, storage unavailable) is the open panel.
    async load() {
      try {
        return (await area.get([FOLD_KEY]))[FOLD_KEY] === true;
      } catch {
        return false;
      }
    },
    save(folded) {
      // Not saved (storage unavailable): the panel still folds on this page.
      try {
        area.set({ [FOLD_KEY]: folded }).catch(() => {});
      } catch {
        // The storage API itself is gone (the extension reloaded): nothing to keep it in.
      }
    },
  };
}
