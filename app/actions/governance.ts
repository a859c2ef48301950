"use server";

import { formObject } from "@/lib/actions/run-action";
import { spaceHref } from "@/lib/access/space-href";
import { formAction, revalidatingAction } from "@/app/actions/form-actions";
import { createBody } from "@/lib/governance/create-body";
import { designateMember, endMembership } from "@/lib/governance/members";

export const createBodyAction = formAction(async (ctx, formData) => {
  const body = await createBody(ctx, formObject(formData));
  return { message: "Instance créée.", to: `${spaceHref(ctx)}/instances/${body.id}` };
});

export const designateMemberAction = revalidatingAction(
  designateMember,
  (member) => `${member.name} siège désormais dans l'instance.`,
);

export const endMembershipAction = revalidatingAction(
  endMembership,
  (member) => `Le mandat de ${member.name} a pris fin.`,
);
