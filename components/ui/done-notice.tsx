/**
 * What the last action did, announced once the page reloaded with `?fait=…` (stepAction): the
 * message of that key, or nothing for an unknown one.
 */
export function DoneNotice({
  done,
  messages,
}: {
  done: string | undefined;
  messages: Readonly<Record<string, string>>;
}) {
  const message = done ? messages[done] : undefined;
  if (!message) return null;
  return (
    <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-green-900">
      {message}
    </p>
  );
}
