import { useState, type FormEvent } from "react";
import { FILE_TOO_LARGE_MESSAGE, MAX_UPLOAD_BYTES } from "@/lib/imports/limits";

/**
 * The message for a chosen file over the upload limit, checked before sending: past the limit
 * (plus a margin) the framework cuts the request and answers with an error page instead of a
 * French message. The server checks the size again.
 */
export function oversizedFileMessage(form: HTMLFormElement, name = "file"): string | null {
  const input = form.elements.namedItem(name);
  const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
  return file && file.size > MAX_UPLOAD_BYTES ? FILE_TOO_LARGE_MESSAGE : null;
}

/**
 * A form's submit handler that refuses an oversized file before sending it (`tooLarge` is then
 * the message to show) and otherwise hands the submission to `onSubmit`.
 */
export function useFileSizeCheck(onSubmit: (event: FormEvent<HTMLFormElement>) => void) {
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const message = oversizedFileMessage(event.currentTarget);
    setTooLarge(message);
    if (message) event.preventDefault();
    else onSubmit(event);
  };
  return { tooLarge, submit };
}
