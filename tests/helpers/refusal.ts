// The AppError a command refused with: the test fails if the promise resolves or rejects with anything else.
import { expect } from "vitest";
import { AppError } from "@/lib/errors";

export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
