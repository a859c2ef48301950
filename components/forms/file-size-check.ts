import { useState, type FormEvent } from "react";
import { FILE_TOO_LARGE_MESSAGE, MAX_UPLOAD_BYTES } from "@/lib/imports/limits";

/**
 * The message for chosen files over the upload limit, checked before sending: past the limit
 * (plus a margin) the framework cuts the request and answers with an error page instead of a
 * French message. Several files of one input (`multiple`) count together: they travel in one
 * request. The server checks the sizes again.
 */
export function oversizedFileMessage(form: HTMLFormElement, name = "file"): string | null {
  const input = form.elements.namedItem(name);
  const files = input instanceof HTMLInputElement ? [...(input.files ?? [])] : [];
  const total = files.reduce((sum, file) => sum + file.size, 0);
  return total > MAX_UPLOAD_BYTES ? FILE_TOO_LARGE_MESSAGE : null;
}

/**
 * A form's submit handler that refuses oversized files (of the input `name`) before sending them
 * (`tooLarge` is then the message to show) and otherwise hands the submission to `onSubmit`.
 */
export function useFileSizeCheck(
  onSubmit: (event: FormEvent<HTMLFormElement>) => void,
  name = "file",
) {
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const message = oversizedFileMessage(event.currentTarget, name);
    setTooLarge(message);
    if (message) event.preventDefault();
    else onSubmit(event);
  };
  return { tooLarge, submit };
}
