/** @deprecated The scope builders live in lib/access; this re-export serves lib/dashboards until its imports move. */
export { conventionScopeWhere } from "@/lib/access/scope-where";
