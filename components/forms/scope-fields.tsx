import type { AccessContext } from "@/lib/access/context";
import { spaceKey } from "@/lib/access/space-href";

/** The space a form acts in, and the page to refresh afterwards. */
export interface ScopeProps {
  scopeType: string;
  scopeKey: string;
  path: string;
}

/** Hidden fields naming the space a form acts in, and the page to refresh afterwards. */
export function ScopeFields({ scopeType, scopeKey, path }: ScopeProps) {
  return (
    <>
      <input type="hidden" name="scopeType" value={scopeType} />
      <input type="hidden" name="scopeKey" value={scopeKey} />
      <input type="hidden" name="path" value={path} />
    </>
  );
}

/** The space of a context as a form's hidden fields name it, with the page to refresh. */
export function scopePropsOf(ctx: AccessContext, path: string): ScopeProps {
  return { scopeType: ctx.scope.type, scopeKey: spaceKey(ctx), path };
}
