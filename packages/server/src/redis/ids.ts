/**
 * Deterministic model ids for an app run: every process that runs an app for a document
 * gives its models the same ids in construction order (p1001, p1002, ...), so a process
 * taking over a document can run the app again and keep the models its callbacks hold
 * (Document.replace_with_json keeps models with the same id and type). Outside an app run
 * (callbacks, other sessions) ids come from the process-wide counter as usual.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { set_id_source } from "@dash/protocol";

interface Scope {
  next: number;
  active: boolean;
}

const scopes = new AsyncLocalStorage<Scope>();
let installed = false;

export const FIRST_SCOPED_ID = 1000;

export function with_scoped_ids(run: () => Promise<void>): Promise<void> {
  if (!installed) {
    installed = true;
    set_id_source(() => {
      const s = scopes.getStore();
      return s === undefined || !s.active ? undefined : `p${++s.next}`;
    });
  }
  const scope: Scope = { next: FIRST_SCOPED_ID, active: true };
  // Timers the app starts inherit the scope; they must not keep taking scoped ids.
  return scopes.run(scope, () => run().finally(() => (scope.active = false)));
}
