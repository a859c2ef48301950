import { spaceLayout } from "@/app/_pages/space-layout";

export default spaceLayout("e", (scope) =>
  scope.type === "ETABLISSEMENT" ? `${scope.name} (${scope.uai})` : "",
);
