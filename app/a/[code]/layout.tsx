import { academieLabel } from "@/lib/referentials/labels";
import { spaceLayout } from "@/app/_pages/space-layout";

export default spaceLayout("a", (scope) =>
  scope.type === "ACADEMIE" ? academieLabel(scope.name) : "",
);
