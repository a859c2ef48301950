/** Who the integration tests are signed in as: the mocked session reads this. */
export const testSession: { userId: string | null } = { userId: null };

export function signInAs(userId: string | null): void {
  testSession.userId = userId;
}
