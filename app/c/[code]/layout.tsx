import { spaceLayout } from "@/app/_pages/space-layout";

export default spaceLayout("c", (scope) => (scope.type === "COLLECTIVITE" ? scope.name : ""));
